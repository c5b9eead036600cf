package org.prisonsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingStepTrail;
import org.prisonsync.core.telemetry.SyncStep;
import org.prisonsync.core.telemetry.TelemetryEvent;
import org.prisonsync.core.testing.SampleVisits;
import org.prisonsync.core.testing.TestWorld;
import org.prisonsync.core.trail.TrailEntry;
import org.prisonsync.core.trail.TrailQuery;
import org.prisonsync.core.trail.TrailSettings;
import org.prisonsync.core.trail.TrailTelemetry;
import org.prisonsync.core.trail.inmemory.InMemoryEventTrail;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.VisitsSync;

/** The steps inside one sync, noted by the engine's flows and handed to the trail with the outcome they led to. */
class SyncStepsTest {
    private static final List<String> CREATE = List.of(Steps.RECEIVED, Steps.CLAIMED, Steps.DPS_READ,
            Steps.NOMIS_WRITTEN, Steps.MAPPING_WRITTEN);

    private final RecordingStepTrail steps = new RecordingStepTrail();
    private final DpsVisit visit = SampleVisits.numbered(1);

    @Test
    void aCreateNotesEveryStepFromReceivedToMappingWritten_inOrder_withTheOutcomesIds() {
        TestWorld world = TestWorld.builder().stepTrail(steps).build();
        world.dps().book(visit);

        world.pumpAll();

        RecordingStepTrail.Sync sync = steps.endingIn("visit-create-success").get(0);
        assertThat(sync.names()).containsExactlyElementsOf(CREATE);
        assertThat(sync.step(Steps.RECEIVED).detail()).containsEntry("eventType", VisitsSync.BOOKED)
                .containsEntry("receiveCount", "1").containsKey("messageId");
        assertThat(sync.step(Steps.CLAIMED).detail()).as("a fresh claim says nothing more").isEmpty();
        String nomisId = world.mappingOf(visit.reference()).orElseThrow().nomisId();
        assertThat(sync.outcomeProperties()).containsEntry("dpsId", visit.reference())
                .containsEntry("nomisId", nomisId).containsEntry("offenderNo", visit.prisonerId());
        assertThat(steps.syncs()).as("one delivery, one sync").hasSize(1);
    }

    @Test
    void stepsStayOutOfTheTelemetryTheLogsAndMetricsSee() {
        TestWorld world = TestWorld.builder().stepTrail(steps).build();
        world.dps().book(visit);

        world.pumpAll();

        assertThat(world.telemetry().events()).extracting(TelemetryEvent::name)
                .containsExactly("visit-create-success");
    }

    @Test
    void stepsAreTimedWhenTheyHappen() {
        MutableClock clock = new MutableClock(Instant.parse("2026-02-01T10:00:00Z"));
        Steps noted = Steps.recording(clock);
        noted.add(Steps.RECEIVED);
        clock.advance(Duration.ofMillis(40));
        noted.add(Steps.DPS_READ, "found", "false");
        noted.add(Steps.NOMIS_WRITTEN, "foundExisting", null);

        assertThat(noted.taken()).extracting(SyncStep::at).containsExactly(clock.instant().minusMillis(40),
                clock.instant(), clock.instant());
        assertThat(noted.taken().get(1).detail()).isEqualTo(Map.of("found", "false"));
        assertThat(noted.taken().get(2).detail()).as("a null fact is left out").isEmpty();
        noted.discard();
        noted.add(Steps.MAPPING_WRITTEN);
        assertThat(noted.taken()).as("discarded: nothing kept, nothing more noted").isEmpty();
        Steps.discarding().add(Steps.RECEIVED);
        assertThat(Steps.discarding().taken()).isEmpty();
    }

    @Test
    void aLostCreateResponseShowsBothDeliveries_theSecondResumingAndFindingWhatNomisHas() {
        TestWorld world = TestWorld.builder().stepTrail(steps).build();
        world.nomisPort().loseNextCreateResponses(1);
        world.dps().book(visit);

        world.pumpAll();

        RecordingStepTrail.Sync failed = steps.syncs().get(0);
        assertThat(failed.outcome()).isEqualTo("visit-create-failed");
        assertThat(failed.names()).as("NOMIS's answer was lost: no write to show")
                .containsExactly(Steps.RECEIVED, Steps.CLAIMED, Steps.DPS_READ);
        RecordingStepTrail.Sync resumed = steps.syncs().get(1);
        assertThat(resumed.outcome()).isEqualTo("visit-create-success");
        assertThat(resumed.names()).containsExactlyElementsOf(CREATE);
        assertThat(resumed.step(Steps.RECEIVED).detail()).containsEntry("receiveCount", "2");
        assertThat(resumed.step(Steps.CLAIMED).detail()).containsEntry("resumed", "true");
        assertThat(resumed.step(Steps.NOMIS_WRITTEN).detail()).containsEntry("foundExisting", "true");
    }

    @Test
    void aFailedMappingSaveShowsTheWriteThenTheRetryThatMapsIt() {
        TestWorld world = TestWorld.builder().failingMappingSaves(1).stepTrail(steps).build();
        world.dps().book(visit);

        world.pumpAll();

        assertThat(steps.syncs()).hasSize(2);
        RecordingStepTrail.Sync create = steps.syncs().get(0);
        assertThat(create.outcome()).isEqualTo("visit-mapping-create-failed");
        assertThat(create.names()).containsExactly(Steps.RECEIVED, Steps.CLAIMED, Steps.DPS_READ,
                Steps.NOMIS_WRITTEN);
        RecordingStepTrail.Sync retry = steps.syncs().get(1);
        assertThat(retry.outcome()).isEqualTo("visit-create-mapping-retry-success");
        assertThat(retry.names()).containsExactly(Steps.RECEIVED, Steps.MAPPING_WRITTEN);
        assertThat(retry.step(Steps.RECEIVED).detail()).containsEntry("eventType", "RETRY_CREATE_MAPPING");
        assertThat(retry.outcomeProperties()).containsEntry("dpsId", visit.reference())
                .containsEntry("offenderNo", visit.prisonerId());
    }

    @Test
    void anUpdateNotesItsReadAndWrite_andAnEchoOnlyItsReceipt() {
        TestWorld world = TestWorld.builder().stepTrail(steps).build();
        world.dps().book(visit);
        world.pumpAll();
        steps.clear();

        world.dps().change(SampleVisits.numbered(1));
        world.dps().cancelVisit(visit.reference(), "PRISONER_CANCELLED", "NOMIS");
        world.pumpAll();

        assertThat(steps.endingIn("visit-changed-success")).singleElement().extracting(RecordingStepTrail.Sync::names)
                .isEqualTo(List.of(Steps.RECEIVED, Steps.DPS_READ, Steps.NOMIS_WRITTEN));
        assertThat(steps.endingIn("visit-cancelled-skipped")).singleElement()
                .extracting(RecordingStepTrail.Sync::names).isEqualTo(List.of(Steps.RECEIVED));
    }

    @Test
    void onTheTrail_aVisitReadsEveryStepThenItsOutcome_evenWhenAllShareOneInstant() throws Exception {
        InMemoryEventTrail store = new InMemoryEventTrail();
        // a clock that never moves: every step and the outcome tie on time, so only append order can keep them
        MutableClock stopped = new MutableClock(TestWorld.START);
        try (TrailTelemetry trail = TrailTelemetry.start(store, stopped, TrailSettings.DEFAULTS)) {
            TestWorld world = TestWorld.builder().trail(trail).build();
            world.dps().book(visit);
            world.pumpAll();
            assertThat(trail.awaitWritten(Duration.ofSeconds(10))).isTrue();
        }

        List<TrailEntry> found = store.find(new TrailQuery(visit.prisonerId(), null, null, null,
                TestWorld.START.minusSeconds(1), TestWorld.START.plusSeconds(1), 100));
        assertThat(found).extracting(TrailEntry::event).containsExactly(Steps.RECEIVED, Steps.CLAIMED,
                Steps.DPS_READ, Steps.NOMIS_WRITTEN, Steps.MAPPING_WRITTEN, "visit-create-success");
        TrailEntry outcome = found.get(found.size() - 1);
        assertThat(found.subList(0, 5)).allSatisfy(step -> {
            assertThat(step.stepOf()).isEqualTo("visit-create-success");
            assertThat(step.outcome()).isEqualTo(TrailEntry.STEP);
            assertThat(step.domain()).isEqualTo("visit");
            assertThat(step.nomisId()).isEqualTo(outcome.nomisId()).isNotNull();
            assertThat(step.dpsId()).isEqualTo(visit.reference());
        });
        assertThat(outcome.stepOf()).isNull();
    }
}
