package org.prisonsync.core.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.sync.MappingRetry;
import org.prisonsync.core.telemetry.TelemetryEvent;
import org.prisonsync.core.testing.SampleVisits;
import org.prisonsync.core.testing.TestWorld;

/**
 * A {@code RETRY_CREATE_MAPPING} on the visits queue only finishes a create prison-sync started: it cannot assert
 * facts. A forged one is dead-lettered at once with the reason, and nothing is mapped.
 */
class VisitMappingRetryCheckTest {
    private final TestWorld world = TestWorld.create();

    private Disposition deliverRetry(Mapping mapping) {
        return world.handle(TestWorld.TO_NOMIS, MappingRetry.message(mapping, VisitsSync.ENTITY, Map.of()));
    }

    private String dlqReason() {
        TelemetryEvent dead = world.telemetry().named("RETRY_CREATE_MAPPING-sent-to-dlq").get(0);
        return dead.properties().get("reason");
    }

    /** A create that wrote NOMIS and then lost its mapping save, leaving its claim outstanding, as CreateFlow does. */
    private NomisVisit unfinishedCreate(DpsVisit visit) {
        world.dps().book(visit);
        world.drain(TestWorld.TO_NOMIS);
        world.claims().claim(new ClaimKey(VisitsSync.ENTITY_TYPE, visit.reference()), "i/m-1", TestWorld.START,
                Duration.ofSeconds(30));
        NomisVisitCreated created = world.nomis().createVisit(visit.prisonerId(),
                VisitTranslation.toNomis(visit, TestWorld.START.atZone(java.time.ZoneOffset.UTC).toLocalDate()));
        return world.nomis().findVisit(created.visitId()).orElseThrow();
    }

    @Test
    void aForgedRetryForAVisitNeitherSystemHasIsDeadLetteredAtOnceAndMapsNothing() {
        Disposition disposition = deliverRetry(Mapping.of(VisitsSync.ENTITY_TYPE, "777777", "ab-cd-ef-gh", "A1234BC",
                MappingTypes.ONLINE));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(dlqReason()).contains("no write claim");
        assertThat(world.mappings().findByNomisId(VisitsSync.ENTITY_TYPE, "777777")).isEmpty();
        assertThat(world.mappingOf("ab-cd-ef-gh")).isEmpty();
    }

    @Test
    void aRetryNamingANomisVisitThatDoesNotExistIsRefusedNamingIt() {
        DpsVisit visit = SampleVisits.numbered(1);
        unfinishedCreate(visit);

        Disposition disposition = deliverRetry(Mapping.of(VisitsSync.ENTITY_TYPE, "777777", visit.reference(),
                visit.prisonerId(), MappingTypes.ONLINE));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(dlqReason()).contains("NOMIS visit 777777 does not exist");
        assertThat(world.mappingOf(visit.reference())).isEmpty();
    }

    @Test
    void aRetryPairingAnotherPrisonersNomisVisitIsRefused() {
        DpsVisit visit = SampleVisits.numbered(1);
        unfinishedCreate(visit);
        NomisVisit someoneElses = world.nomis().findVisit(world.nomis().createByNomisUser("B9999ZZ",
                VisitTranslation.toNomis(SampleVisits.numbered(2), SampleVisits.FIRST_START.toLocalDate()),
                "JSMITH_GEN").visitId()).orElseThrow();

        Disposition disposition = deliverRetry(Mapping.of(VisitsSync.ENTITY_TYPE,
                Long.toString(someoneElses.visitId()), visit.reference(), visit.prisonerId(), MappingTypes.ONLINE));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(dlqReason()).contains("is B9999ZZ's").contains("is " + visit.prisonerId() + "'s");
        assertThat(world.mappingOf(visit.reference())).isEmpty();
    }

    @Test
    void aRetryWhoseNomisIdIsNoVisitIdIsRefused() {
        DpsVisit visit = SampleVisits.numbered(1);
        unfinishedCreate(visit);

        Disposition disposition = deliverRetry(Mapping.of(VisitsSync.ENTITY_TYPE, "١٣", visit.reference(),
                visit.prisonerId(), MappingTypes.ONLINE));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(dlqReason()).contains("is not a NOMIS visit id");
    }

    @Test
    void theRetryOfAGenuineCreateWhoseSaveFailedStillMapsTheVisitAndReleasesTheClaim() {
        TestWorld flaky = TestWorld.builder().failingMappingSaves(1).build();
        DpsVisit visit = SampleVisits.numbered(1);

        flaky.dps().book(visit);
        flaky.pumpAll();

        assertThat(flaky.telemetry().count("visit-mapping-create-failed")).isEqualTo(1);
        assertThat(flaky.telemetry().count("visit-create-mapping-retry-success")).isEqualTo(1);
        assertThat(flaky.nomisVisitOf(visit.reference())).get().extracting(NomisVisit::offenderNo)
                .isEqualTo(visit.prisonerId());
        assertThat(flaky.claims().size()).isZero();
        assertThat(flaky.dlq(TestWorld.TO_NOMIS_DLQ)).isEmpty();
    }

    @Test
    void aRetryCarryingAnIdTooLongForTheMappingStoreIsRefusedWithTheRealReason() {
        String huge = "x".repeat(100_000);

        Disposition disposition = deliverRetry(Mapping.of(VisitsSync.ENTITY_TYPE, "42", huge, "A1234BC",
                MappingTypes.ONLINE));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason()).contains("'mapping.dpsId' is 100000 characters")
                .hasSizeLessThan(300);
    }
}
