package org.prisonsync.core.visits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.testing.SampleVisits;
import org.prisonsync.core.testing.TestWorld;

class VisitRepairsTest {
    private static final String RESYNC_TELEMETRY = "to-nomis-synch-visit-resynchronisation-repair";

    private final TestWorld world = TestWorld.create();
    private final VisitRepairs repairs = world.core().domain(VisitsDomain.class).repairs();
    private final DpsVisit visit = SampleVisits.numbered(7);

    /** A DPS visit whose booked event never reached prison-sync. */
    private void bookedButNeverSynchronised() {
        world.dps().book(visit);
        world.drain(TestWorld.TO_NOMIS);
    }

    private NomisVisit bookedAndSynchronised() {
        world.dps().book(visit);
        world.pumpAll();
        return world.nomisVisitOf(visit.reference()).orElseThrow();
    }

    private long duplicateBookedInNomis() {
        return world.nomis().createByNomisUser(visit.prisonerId(),
                VisitTranslation.toNomis(visit, visit.startTimestamp().toLocalDate()), "JSMITH_GEN").visitId();
    }

    @Test
    void aDryRunResynchronisationPlansTheCreateAndWritesNothing() {
        bookedButNeverSynchronised();

        RepairReport report = repairs.resynchronise(visit.reference(), true);

        assertThat(report.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(report.dryRun()).isTrue();
        assertThat(report.actions()).singleElement().asString()
                .startsWith("create NOMIS visit for " + visit.prisonerId())
                .endsWith("map it to DPS visit " + visit.reference());
        assertThat(world.nomis().size()).isZero();
        assertThat(world.mappingOf(visit.reference())).isEmpty();
        assertThat(world.telemetry().count(RESYNC_TELEMETRY)).isZero();
    }

    @Test
    void resynchronisingAnUnsynchronisedVisitCreatesAndMapsIt() {
        bookedButNeverSynchronised();

        RepairReport report = repairs.resynchronise(visit.reference(), false);

        assertThat(report.status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(report.succeeded()).isTrue();
        NomisVisit created = world.nomisVisitOf(visit.reference()).orElseThrow();
        assertThat(created.commentText()).isEqualTo("DPS booking reference: " + visit.reference());
        assertThat(world.mappingOf(visit.reference())).get().extracting(Mapping::mappingType)
                .isEqualTo(MappingTypes.ONLINE);
        assertThat(report.actions().get(0)).endsWith("(NOMIS visit " + created.visitId() + ", created)");
        assertThat(world.telemetry().named(RESYNC_TELEMETRY)).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("visitId", visit.reference())
                        .containsEntry("offenderNo", visit.prisonerId()));
    }

    @Test
    void resynchronisingAVisitNomisAlreadyHasOnlyMapsIt() {
        bookedButNeverSynchronised();
        world.nomis().createVisit(visit.prisonerId(),
                VisitTranslation.toNomis(visit, visit.startTimestamp().toLocalDate()));

        RepairReport report = repairs.resynchronise(visit.reference(), false);

        assertThat(world.nomis().size()).isEqualTo(1);
        assertThat(report.actions().get(0)).endsWith(", already there)");
        assertThat(world.mappingOf(visit.reference())).isPresent();
    }

    @Test
    void aMappedVisitIsUpdatedFromDps() {
        NomisVisit before = bookedAndSynchronised();
        DpsVisit moved = new DpsVisit(visit.reference(), visit.prisonerId(), visit.prisonId(), "Family Room",
                visit.visitType(), visit.visitStatus(), null, visit.visitRestriction(), visit.startTimestamp(),
                visit.endTimestamp(), visit.visitorPersonIds(), null);
        world.dps().change(moved);
        world.drain(TestWorld.TO_NOMIS);

        RepairReport report = repairs.resynchronise(visit.reference(), false);

        assertThat(report.status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(report.actions()).containsExactly("update NOMIS visit " + before.visitId() + " from DPS visit "
                + visit.reference());
        assertThat(world.nomis().findVisit(before.visitId()).orElseThrow().room()).isEqualTo("Family Room");
        assertThat(world.nomis().size()).isEqualTo(1);
    }

    @Test
    void aMappedVisitCancelledInDpsIsCancelledInNomis() {
        NomisVisit before = bookedAndSynchronised();
        world.dps().cancel(visit.reference(), "ESTABLISHMENT_CANCELLED");
        world.drain(TestWorld.TO_NOMIS);

        RepairReport report = repairs.resynchronise(visit.reference(), false);

        assertThat(report.actions()).contains("cancel NOMIS visit " + before.visitId() + " with outcome HMP");
        NomisVisit after = world.nomis().findVisit(before.visitId()).orElseThrow();
        assertThat(after.visitStatus()).isEqualTo("CANC");
        assertThat(after.visitOutcome()).isEqualTo("HMP");
    }

    @Test
    void aDryRunOnAMappedCancelledVisitChangesNothing() {
        NomisVisit before = bookedAndSynchronised();
        world.dps().cancel(visit.reference(), "ESTABLISHMENT_CANCELLED");
        world.drain(TestWorld.TO_NOMIS);

        RepairReport report = repairs.resynchronise(visit.reference(), true);

        assertThat(report.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(report.actions()).hasSize(2);
        assertThat(world.nomis().findVisit(before.visitId()).orElseThrow().visitStatus()).isEqualTo("SCH");
    }

    @Test
    void resynchronisingForTheVisitsOwnPrisonerProceeds() {
        bookedButNeverSynchronised();

        RepairReport report = repairs.resynchronise(visit.prisonerId(), visit.reference(), false);

        assertThat(report.status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomisVisitOf(visit.reference())).isPresent();
    }

    @Test
    void resynchronisingAVisitOfAnotherPrisonerIsRefusedAndWritesNothing() {
        bookedButNeverSynchronised();

        RepairReport report = repairs.resynchronise("Z9999ZZ", visit.reference(), false);

        assertThat(report.status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(report.message()).contains("DPS visit " + visit.reference() + " belongs to "
                + visit.prisonerId() + ", not Z9999ZZ");
        assertThat(report.actions()).isEmpty();
        assertThat(world.nomis().size()).isZero();
        assertThat(world.mappingOf(visit.reference())).isEmpty();
        assertThat(world.telemetry().count(RESYNC_TELEMETRY)).isZero();
    }

    @Test
    void resynchronisingAnUnknownReferenceIsNotFound() {
        RepairReport report = repairs.resynchronise("no-such-ref", false);

        assertThat(report.status()).isEqualTo(RepairReport.Status.NOT_FOUND);
        assertThat(report.succeeded()).isFalse();
        assertThat(report.message()).contains("no-such-ref");
        assertThat(world.nomis().size()).isZero();
    }

    @Test
    void resynchronisingIsRefusedWhenTheNomisVisitIsMappedToAnotherDpsVisit() {
        bookedButNeverSynchronised();
        world.mappings().save(Mapping.of(VisitsSync.ENTITY_TYPE, "1", "zz-zz", visit.prisonerId(),
                MappingTypes.ONLINE));

        RepairReport report = repairs.resynchronise(visit.reference(), false);

        assertThat(report.status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(report.message()).contains("zz-zz");
        assertThat(world.mappingOf(visit.reference())).isEmpty();
    }

    @Test
    void cancellingTheMappedVisitAsADuplicateIsRefused() {
        NomisVisit mapped = bookedAndSynchronised();
        duplicateBookedInNomis();

        RepairReport report = repairs.cancelDuplicate(visit.prisonerId(), mapped.visitId(), false);

        assertThat(report.status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(report.message()).contains("mapped visit of DPS visit " + visit.reference());
        assertThat(world.nomis().findVisit(mapped.visitId()).orElseThrow().cancelled()).isFalse();
    }

    @Test
    void cancellingAnotherPrisonersVisitIsRefused() {
        bookedAndSynchronised();
        long duplicate = duplicateBookedInNomis();

        RepairReport report = repairs.cancelDuplicate("A9999ZZ", duplicate, false);

        assertThat(report.status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(report.message()).contains("belongs to " + visit.prisonerId());
        assertThat(world.nomis().findVisit(duplicate).orElseThrow().cancelled()).isFalse();
    }

    @Test
    void aDryRunDuplicateCancelPlansItAndChangesNothing() {
        bookedAndSynchronised();
        long duplicate = duplicateBookedInNomis();

        RepairReport report = repairs.cancelDuplicate(visit.prisonerId(), duplicate, true);

        assertThat(report.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(report.actions()).singleElement().asString()
                .startsWith("cancel NOMIS visit " + duplicate + " of " + visit.prisonerId())
                .endsWith("with outcome ADMIN");
        assertThat(world.nomis().findVisit(duplicate).orElseThrow().cancelled()).isFalse();
        assertThat(world.telemetry().count("visit-duplicate-cancel-repair")).isZero();
    }

    @Test
    void theUnmappedDuplicateIsCancelledAsAnAdministrativeCancellation() {
        NomisVisit mapped = bookedAndSynchronised();
        long duplicate = duplicateBookedInNomis();

        RepairReport report = repairs.cancelDuplicate(visit.prisonerId(), duplicate, false);

        assertThat(report.status()).isEqualTo(RepairReport.Status.DONE);
        NomisVisit cancelled = world.nomis().findVisit(duplicate).orElseThrow();
        assertThat(cancelled.visitStatus()).isEqualTo("CANC");
        assertThat(cancelled.visitOutcome()).isEqualTo("ADMIN");
        assertThat(world.nomis().findVisit(mapped.visitId()).orElseThrow().cancelled()).isFalse();
        assertThat(world.telemetry().named("visit-duplicate-cancel-repair")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("duplicateNomisId", Long.toString(duplicate))
                        .containsEntry("offenderNo", visit.prisonerId()));

        world.pumpAll();
        assertThat(world.dps().findVisit(visit.reference()).orElseThrow().cancelled())
                .as("the repair's own NOMIS event does not cancel the DPS visit").isFalse();
    }

    @Test
    void anAlreadyCancelledDuplicateIsNothingToDo() {
        bookedAndSynchronised();
        long duplicate = duplicateBookedInNomis();
        world.nomis().cancelByNomisUser(duplicate, "ADMIN", "JSMITH_GEN");

        RepairReport report = repairs.cancelDuplicate(visit.prisonerId(), duplicate, false);

        assertThat(report.status()).isEqualTo(RepairReport.Status.NOTHING_TO_DO);
        assertThat(report.succeeded()).isTrue();
    }

    @Test
    void cancellingAVisitNomisDoesNotHaveIsNotFound() {
        RepairReport report = repairs.cancelDuplicate(visit.prisonerId(), 12345L, false);

        assertThat(report.status()).isEqualTo(RepairReport.Status.NOT_FOUND);
        assertThat(report.message()).contains("12345");
    }
}
