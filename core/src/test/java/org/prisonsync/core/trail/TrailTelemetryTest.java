package org.prisonsync.core.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.telemetry.SyncStep;
import org.prisonsync.core.trail.inmemory.InMemoryEventTrail;

class TrailTelemetryTest {
    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");
    private static final TrailQuery EVERYTHING = new TrailQuery(null, null, null, null,
            Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"), TrailQuery.MAX_LIMIT);
    private final MutableClock clock = new MutableClock(T0);

    @Test
    void everyTrackedEventReachesTheTrail_inOrder_inBatches() throws Exception {
        RecordingTrail trail = new RecordingTrail();
        try (TrailTelemetry telemetry = TrailTelemetry.start(trail, clock, TrailSettings.DEFAULTS)) {
            for (int i = 0; i < 900; i++) {
                telemetry.track("visit-step-success", Map.of("offenderNo", "A1234BC", "n", String.valueOf(i)));
            }
            assertThat(telemetry.awaitWritten(Duration.ofSeconds(10))).isTrue();
            assertThat(telemetry.stats().written()).isEqualTo(900);
        }
        List<TrailEntry> found = trail.find(EVERYTHING);
        assertThat(found).hasSize(900);
        assertThat(found).extracting(e -> e.properties().get("n"))
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 900).mapToObj(String::valueOf).toList());
        assertThat(trail.batches).as("written in batches, none larger than the setting").isLessThan(900)
                .isGreaterThanOrEqualTo(2);
        assertThat(trail.largest).isLessThanOrEqualTo(TrailSettings.DEFAULTS.batchSize());
    }

    @Test
    void aMigratedEntitysSuccessIsLeftOutByDefault_itsFailuresAndEverythingElseAreKept() throws Exception {
        RecordingTrail trail = new RecordingTrail();
        try (TrailTelemetry telemetry = TrailTelemetry.start(trail, clock, TrailSettings.DEFAULTS)) {
            telemetry.track("visits-migration-entity-migrated", Map.of("offenderNo", "A1234BC"));
            telemetry.track("visits-migration-entity-failed", Map.of("offenderNo", "A1234BC"));
            telemetry.track("visit-booked-create-success", Map.of("offenderNo", "A1234BC"));
            assertThat(telemetry.awaitWritten(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(trail.find(EVERYTHING)).extracting(TrailEntry::event)
                .containsExactly("visits-migration-entity-failed", "visit-booked-create-success");
        assertThat(TrailSettings.DEFAULTS.withLeftOut(List.of()).leavesOut("visits-migration-entity-migrated"))
                .as("EVENTS_TRAIL_LEAVE_OUT=none keeps it").isFalse();
    }

    @Test
    void aSyncsStepsReadBeforeItsOutcome_whenAllShareOneInstant_andAreFoundByEachOfItsIds() throws Exception {
        InMemoryEventTrail trail = new InMemoryEventTrail();
        Map<String, String> outcome = Map.of("offenderNo", "A1234BC", "bookingId", "12", "nomisId", "987",
                "dpsId", "ab-cd");
        List<String> names = List.of("received", "claimed", "dps-read", "nomis-written", "mapping-written");
        try (TrailTelemetry telemetry = TrailTelemetry.start(trail, clock, TrailSettings.DEFAULTS)) {
            telemetry.outcome("visit-create-success", outcome, names.stream()
                    .map(name -> new SyncStep(name, clock.instant(), Map.of())).toList());
            assertThat(telemetry.awaitWritten(Duration.ofSeconds(10))).isTrue();
        }

        List<String> expected = new ArrayList<>(names);
        expected.add("visit-create-success");
        for (TrailQuery query : List.of(by("A1234BC", null, null), by(null, 12L, null), by(null, null, "987"),
                by(null, null, "ab-cd"))) {
            assertThat(trail.find(query)).extracting(TrailEntry::event).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void stepsGoWhereTheirOutcomeGoes_andAStepLeftOutByNameGoesAlone() throws Exception {
        InMemoryEventTrail trail = new InMemoryEventTrail();
        List<SyncStep> steps = List.of(new SyncStep("received", T0, Map.of()),
                new SyncStep("mapping-written", T0, Map.of()));
        Map<String, String> ids = Map.of("offenderNo", "A1234BC");
        try (TrailTelemetry telemetry = TrailTelemetry.start(trail, clock,
                TrailSettings.DEFAULTS.withLeftOut(List.of("*-migration-entity-migrated", "received")))) {
            assertThat(telemetry.keepsSteps()).isTrue();
            telemetry.outcome("visits-migration-entity-migrated", ids, steps);
            telemetry.outcome("visit-create-success", ids, steps);
            telemetry.recording(false);
            telemetry.outcome("visit-changed-success", ids, steps);
            assertThat(telemetry.awaitWritten(Duration.ofSeconds(10))).isTrue();
        }

        assertThat(trail.find(EVERYTHING)).extracting(TrailEntry::event, TrailEntry::stepOf)
                .as("the outcome is written with its steps, once").containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mapping-written", "visit-create-success"),
                        org.assertj.core.groups.Tuple.tuple("visit-create-success", null));
        try (TrailTelemetry off = TrailTelemetry.start(trail, clock, TrailSettings.DEFAULTS.withEnabled(false))) {
            off.outcome("visit-create-success", ids, steps);
            assertThat(off.stats().waiting()).isZero();
            assertThat(off.keepsSteps()).as("a trail turned off asks for no steps").isFalse();
        }
    }

    @Test
    void eachSyncReachesTheStoreSideBySide_soItIsKeptAsOne_whileOtherThreadsTrackBetween() throws Exception {
        RecordingTrail trail = new RecordingTrail();
        int threads = 4;
        int syncs = 200;
        try (TrailTelemetry telemetry = TrailTelemetry.start(trail, clock, TrailSettings.DEFAULTS)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String prisoner = "A100" + t + "BC";
                Thread worker = new Thread(() -> {
                    for (int i = 0; i < syncs; i++) {
                        Map<String, String> ids = Map.of("offenderNo", prisoner, "nomisId", String.valueOf(i));
                        telemetry.track("queue-poll-success", Map.of());
                        telemetry.outcome("visit-create-success", ids, List.of(
                                new SyncStep("received", clock.instant(), Map.of()),
                                new SyncStep("mapping-written", clock.instant(), Map.of())));
                    }
                });
                worker.start();
                workers.add(worker);
            }
            for (Thread worker : workers) {
                worker.join();
            }
            assertThat(telemetry.awaitWritten(Duration.ofSeconds(10))).isTrue();
            assertThat(telemetry.stats().written()).isEqualTo(threads * syncs * 4L);
        }
        assertThat(trail.loneSteps).as("no step was parted from its outcome").isZero();
        assertThat(trail.size()).isEqualTo(threads * syncs * 4);
        assertThat(trail.find(new TrailQuery("A1002BC", null, "7", null, EVERYTHING.from(), EVERYTHING.to(), 10)))
                .extracting(TrailEntry::event)
                .containsExactly("received", "mapping-written", "visit-create-success");
    }

    private static TrailQuery by(String prisoner, Long booking, String entity) {
        return new TrailQuery(prisoner, booking, entity, null, EVERYTHING.from(), EVERYTHING.to(), 100);
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfMakingTheSyncWait() throws Exception {
        BlockingTrail trail = new BlockingTrail();
        TrailSettings small = new TrailSettings(true, 10, 5, Duration.ofMillis(10), Duration.ofDays(1));
        try (TrailTelemetry telemetry = TrailTelemetry.start(trail, clock, small)) {
            telemetry.track("first-success", Map.of());
            assertThat(trail.entered.await(5, TimeUnit.SECONDS)).as("the writer is stuck in the store").isTrue();

            for (int i = 0; i < 50; i++) {
                telemetry.track("more-success", Map.of());
            }

            assertThat(telemetry.stats().dropped()).isEqualTo(40);
            assertThat(telemetry.stats().waiting()).isEqualTo(10);
            trail.release.countDown();
            assertThat(telemetry.awaitWritten(Duration.ofSeconds(10))).isTrue();
            assertThat(telemetry.stats().written()).isEqualTo(11);
        }
    }

    @Test
    void aFailingStoreCostsTheBatch_thenTheTrailCarriesOn() throws Exception {
        FailingTrail trail = new FailingTrail();
        try (TrailTelemetry telemetry = TrailTelemetry.start(trail, clock, TrailSettings.DEFAULTS)) {
            trail.failing.set(true);
            telemetry.track("lost-failed", Map.of("reason", "database down"));
            assertThat(telemetry.awaitWritten(Duration.ofSeconds(10))).isTrue();
            assertThat(telemetry.stats().failed()).isEqualTo(1);

            trail.failing.set(false);
            telemetry.track("kept-success", Map.of());
            assertThat(telemetry.awaitWritten(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(trail.find(EVERYTHING)).extracting(TrailEntry::event).containsExactly("kept-success");
    }

    @Test
    void closingWritesWhatWaits() {
        InMemoryEventTrail trail = new InMemoryEventTrail();
        TrailSettings slow = new TrailSettings(true, 1000, 1000, Duration.ofSeconds(30), Duration.ofDays(1));
        TrailTelemetry telemetry = TrailTelemetry.start(trail, clock, slow);
        for (int i = 0; i < 100; i++) {
            telemetry.track("step-success", Map.of());
        }

        telemetry.close();
        telemetry.track("after-close-success", Map.of());

        assertThat(trail.size()).isEqualTo(100);
    }

    @Test
    void turnedOffItKeepsNothingAndStartsNoThread() throws Exception {
        InMemoryEventTrail trail = new InMemoryEventTrail();
        try (TrailTelemetry telemetry = TrailTelemetry.start(trail, clock, TrailSettings.DEFAULTS.withEnabled(false))) {
            telemetry.track("visit-step-success", Map.of());
            assertThat(telemetry.stats().enabled()).isFalse();
            assertThat(telemetry.stats().waiting()).isZero();
        }
        assertThat(trail.size()).isZero();
    }

    @Test
    void pausedItTakesNothing_resumedItCarriesOn() throws Exception {
        InMemoryEventTrail trail = new InMemoryEventTrail();
        try (TrailTelemetry telemetry = TrailTelemetry.start(trail, clock, TrailSettings.DEFAULTS)) {
            telemetry.recording(false);
            telemetry.track("paused-success", Map.of());
            telemetry.recording(true);
            telemetry.track("resumed-success", Map.of());
            assertThat(telemetry.awaitWritten(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(trail.find(EVERYTHING)).extracting(TrailEntry::event).containsExactly("resumed-success");
    }

    @Test
    void entriesOlderThanTheRetentionAreForgotten() throws Exception {
        InMemoryEventTrail trail = new InMemoryEventTrail();
        trail.append(List.of(TrailEntry.of("old-success", Map.of(), T0.minus(Duration.ofDays(15))),
                TrailEntry.of("recent-success", Map.of(), T0.minus(Duration.ofDays(13)))));

        try (TrailTelemetry telemetry = TrailTelemetry.start(trail, clock, TrailSettings.DEFAULTS)) {
            telemetry.track("now-success", Map.of());
            assertThat(telemetry.awaitWritten(Duration.ofSeconds(10))).isTrue();
        }

        assertThat(trail.find(EVERYTHING)).extracting(TrailEntry::event).containsExactly("recent-success",
                "now-success");
    }

    /** Counts the batches it is given, and the steps in them a store could not keep with their outcome. */
    private static final class RecordingTrail extends DelegatingTrail {
        int batches;
        int largest;
        long loneSteps;

        @Override
        public synchronized void append(List<TrailEntry> entries) {
            batches++;
            largest = Math.max(largest, entries.size());
            loneSteps += TrailGroup.of(entries).stream().filter(g -> g.last().stepOf() != null).count();
            super.append(entries);
        }
    }

    /** Holds the writer in its first append until released. */
    private static final class BlockingTrail extends DelegatingTrail {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void append(List<TrailEntry> entries) {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            super.append(entries);
        }
    }

    private static final class FailingTrail extends DelegatingTrail {
        final AtomicBoolean failing = new AtomicBoolean();

        @Override
        public void append(List<TrailEntry> entries) {
            if (failing.get()) {
                throw new IllegalStateException("database down");
            }
            super.append(entries);
        }
    }

    private static class DelegatingTrail implements EventTrail {
        private final InMemoryEventTrail inner = new InMemoryEventTrail();

        int size() {
            return inner.size();
        }

        @Override
        public void append(List<TrailEntry> entries) {
            inner.append(new ArrayList<>(entries));
        }

        @Override
        public List<TrailEntry> find(TrailQuery query) {
            return inner.find(query);
        }

        @Override
        public long deleteBefore(Instant cutoff) {
            return inner.deleteBefore(cutoff);
        }
    }
}
