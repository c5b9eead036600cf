package org.prisonsync.core.casenotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesNomisApi;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.repair.RepairReport;

/**
 * The case notes repairs over the twins: a prisoner's notes resynchronised to NOMIS or from NOMIS until the compare is
 * clean, each dry run first changing nothing; upstream's one-note resynchronise reaching every NOMIS copy.
 */
class CaseNoteResyncsTest {
    private static final String PRISONER = "A4000CN";
    private final CaseNotesReconWorld world = new CaseNotesReconWorld();

    @AfterEach
    void close() {
        world.close();
    }

    /** One of every difference the reconciliation reports, on one prisoner. */
    private void plantEveryDifference() {
        world.prisoner(PRISONER, true);
        world.synced(PRISONER, "in step");
        CaseNotesReconWorld.Pair text = world.synced(PRISONER, "said one thing");
        world.nomis.plantChange(text.nomis().caseNoteId(), CaseNotesReconWorld.content("said another"));
        CaseNotesReconWorld.Pair type = world.synced(PRISONER, "type changed");
        world.dps.plantChange(type.dps().id(), new CaseNoteContent("OBS", "GEN",
                LocalDateTime.parse("2026-03-01T11:00:00"), "type changed", "OFFICER_B"));
        world.nomis.plant(PRISONER, CaseNotesReconWorld.content("lost event"), InMemoryCaseNotesNomisApi.NOMIS_SCREEN);
        world.dps.plant(PRISONER, CaseNotesReconWorld.content("lost in DPS"), 0);
        world.nomis.plantDelete(world.synced(PRISONER, "gone from NOMIS").nomis().caseNoteId());
        world.dps.plantDelete(world.synced(PRISONER, "gone from DPS").dps().id());
        CaseNotesReconWorld.Pair twin = world.synced(PRISONER, "typed twice");
        world.nomis.plant(PRISONER, twin.nomis().content(), InMemoryCaseNotesNomisApi.NOMIS_SCREEN);
        CaseNotesReconWorld.Pair lostMapping = world.syncedFromNomis(PRISONER, "mapping lost");
        world.store.deleteByDpsId(CaseNotesSync.ENTITY_TYPE, lostMapping.dps().id());
    }

    private String snapshot() {
        return world.nomis.caseNotesOf(PRISONER) + "|" + world.dps.caseNotesOf(PRISONER) + "|"
                + world.store.findByPrisoner(CaseNotesSync.ENTITY_TYPE, PRISONER) + "|"
                + world.store.findByPrisoner(CaseNoteMappings.COPY_TYPE, PRISONER);
    }

    @Test
    void toNomisDryRunPlansWithoutWritingThenMakesNomisExactlyDps() {
        plantEveryDifference();
        assertThat(world.notes.compare(PRISONER).differences()).hasSize(9);
        String before = snapshot();

        RepairReport plan = world.resyncs.prisonerToNomis(PRISONER, true);

        assertThat(plan.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(plan.actions()).anyMatch(a -> a.startsWith("update NOMIS ") && a.contains("'s text from DPS"))
                .anyMatch(a -> a.startsWith("replace NOMIS ") && a.contains("type, subType, occurrenceDateTime"))
                .anyMatch(a -> a.startsWith("create NOMIS note from DPS") && a.contains("is gone"))
                .anyMatch(a -> a.startsWith("delete NOMIS "));

        RepairReport done = world.resyncs.prisonerToNomis(PRISONER, false);

        assertThat(done.status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(done.actions()).isEqualTo(plan.actions());
        assertThat(world.notes.compare(PRISONER).differences()).isEmpty();
        assertThat(world.nomis.caseNotesOf(PRISONER)).extracting(n -> n.content().text())
                .containsExactlyInAnyOrderElementsOf(world.dps.caseNotesOf(PRISONER).stream()
                        .map(d -> d.content().text()).toList());
        assertThat(world.resyncs.prisonerToNomis(PRISONER, false).status())
                .isEqualTo(RepairReport.Status.NOTHING_TO_DO);
    }

    @Test
    void fromNomisDryRunPlansWithoutWritingThenMakesDpsExactlyNomis() {
        plantEveryDifference();
        String before = snapshot();

        RepairReport plan = world.resyncs.prisonerFromNomis(PRISONER, true);

        assertThat(plan.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(plan.actions()).anyMatch(a -> a.startsWith("map NOMIS ") && a.contains("mapping lost"))
                .anyMatch(a -> a.startsWith("delete DPS "));

        world.resyncs.prisonerFromNomis(PRISONER, false);

        assertThat(world.notes.compare(PRISONER).differences()).isEmpty();
        assertThat(world.dps.caseNotesOf(PRISONER)).extracting(d -> d.content().text())
                .containsExactlyInAnyOrderElementsOf(world.nomis.caseNotesOf(PRISONER).stream()
                        .map(n -> n.content().text()).toList());
        assertThat(world.dps.caseNotesOf(PRISONER)).allMatch(d -> d.legacyId() > 0 || world.mappings
                .nomisIdsOf(d.id()).size() == 1);
        assertThat(world.resyncs.prisonerFromNomis(PRISONER, false).status())
                .isEqualTo(RepairReport.Status.NOTHING_TO_DO);
    }

    @Test
    void theOneNoteResynchroniseReachesEveryNomisCopyOfTheNote() {
        world.prisoner(PRISONER, true);
        CaseNotesReconWorld.Pair pair = world.synced(PRISONER, "before");
        long secondBooking = world.nomis.newBooking(PRISONER);
        NomisCaseNote copy = world.nomis.plant(PRISONER, pair.nomis().content(), OffenderEvent.DPS_SYNCHRONISATION);
        assertThat(copy.bookingId()).isEqualTo(secondBooking);
        world.mappings.saveCopy(pair.dps().id(), copy.caseNoteId(), PRISONER, "DPS_CREATED");
        world.dps.plantChange(pair.dps().id(), CaseNotesReconWorld.content("after"));

        RepairReport plan = world.resyncs.note(PRISONER, pair.dps().id(), true);
        assertThat(plan.actions()).hasSize(2);
        assertThat(world.nomis.find(copy.caseNoteId()).orElseThrow().content().text()).isEqualTo("before");

        RepairReport done = world.resyncs.note(PRISONER, pair.dps().id(), false);

        assertThat(done.status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(List.of(pair.nomis().caseNoteId(), copy.caseNoteId()))
                .allSatisfy(id -> assertThat(world.nomis.find(id).orElseThrow().content().text()).isEqualTo("after"));
        assertThat(world.mappings.nomisIdsOf(pair.dps().id())).containsExactly(pair.nomis().caseNoteId(),
                copy.caseNoteId());
        assertThat(world.notes.compare(PRISONER).differences()).isEmpty();
        assertThat(world.resyncs.note(PRISONER, "0f8d4ed4-1c48-4d2f-9a55-3c5a1b2c3d4e", false).status())
                .isEqualTo(RepairReport.Status.NOT_FOUND);
    }

    @Test
    void aMappingOfANoteGoneFromBothSidesIsNoDifference() {
        world.prisoner(PRISONER, true);
        CaseNotesReconWorld.Pair pair = world.synced(PRISONER, "gone both sides");
        world.nomis.plantDelete(pair.nomis().caseNoteId());
        world.dps.plantDelete(pair.dps().id());
        assertThat(world.store.findByPrisoner(CaseNotesSync.ENTITY_TYPE, PRISONER)).extracting(Mapping::dpsId)
                .containsExactly(pair.dps().id());

        assertThat(world.notes.compare(PRISONER).clean()).isTrue();
    }
}
