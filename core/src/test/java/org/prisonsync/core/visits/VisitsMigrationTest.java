package org.prisonsync.core.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.migration.CancelOutcome;
import org.prisonsync.core.migration.MigrationFailure;
import org.prisonsync.core.migration.MigrationMessages;
import org.prisonsync.core.migration.MigrationPreview;
import org.prisonsync.core.migration.MigrationRun;
import org.prisonsync.core.migration.MigrationStatus;
import org.prisonsync.core.migration.StartResult;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.MessageHandler;
import org.prisonsync.core.telemetry.TelemetryEvent;
import org.prisonsync.core.testing.MigrationWorld;

/** The whole migration protocol for visits, over in-memory ports, pumped through the queue. */
class VisitsMigrationTest {
    private static final int N = 3000;
    private static final VisitsMigrationFilter BOTH_TYPES =
            new VisitsMigrationFilter(List.of(), List.of("SCON", "OFFI"), null, null, false);

    private final MigrationWorld world = new MigrationWorld();

    private String start(VisitsMigrationFilter filter) {
        StartResult result = world.migrations().start(world.visits(), filter);
        assertThat(result).isInstanceOf(StartResult.Started.class);
        return ((StartResult.Started) result).context().migrationId();
    }

    private MigrationRun run(String migrationId) {
        return world.migrations().run(migrationId).orElseThrow();
    }

    @Test
    void thousandsOfVisitsAreMigratedOnceEachAndTheRunCompletesWithExactCounts() {
        world.seedVisits(N);
        world.mapAllRooms();

        String id = start(BOTH_TYPES);
        world.pump();

        MigrationRun run = run(id);
        assertThat(run.status()).isEqualTo(MigrationStatus.COMPLETED);
        assertThat(run.estimatedCount()).isEqualTo(N);
        assertThat(run.migratedCount()).isEqualTo(N);
        assertThat(run.failedCount()).isZero();
        assertThat(run.whenEnded()).isNotNull();
        assertThat(world.dps().migratedCount()).isEqualTo(N);
        assertThat(world.mappings().countByLabel("VISIT", id)).isEqualTo(N);
        assertThat(world.claims().size()).as("write claims left behind").isZero();
        assertThat(world.telemetry().count("visits-migration-entity-migrated")).isEqualTo(N);
        assertThat(world.telemetry().count("visits-migration-started")).isEqualTo(1);
        assertThat(world.telemetry().named("visits-migration-completed")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("migrationId", id)
                        .containsEntry("migratedCount", Integer.toString(N)).containsEntry("failedCount", "0"));
        assertThat(id).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    }

    @Test
    void entityMessagesCarrySeveralIdsEach() {
        world.seedVisits(250);
        world.mapAllRooms();
        AtomicInteger entityMessages = new AtomicInteger();
        MessageHandler counting = m -> {
            if (MigrationMessages.MIGRATE_ENTITY.equals(m.envelope().type())) {
                entityMessages.incrementAndGet();
            }
            return world.processor().handle(m);
        };

        start(BOTH_TYPES);
        world.pump(counting);

        assertThat(entityMessages.get()).isEqualTo(25);
        assertThat(world.dps().migratedCount()).isEqualTo(250);
    }

    /** Bigger messages share the queue's cost, but a crash can still leave at most ten DPS writes unmapped. */
    @Test
    void aMessageOfTwentyFiveIdsCommitsItsMappingsEveryTen() {
        MigrationWorld big = new MigrationWorld(0, 25);
        big.seedVisits(50);
        big.mapAllRooms();

        StartResult started = big.migrations().start(big.visits(), BOTH_TYPES);
        assertThat(started).isInstanceOf(StartResult.Started.class);
        big.pump();

        assertThat(big.mappingPort().batchSizes()).containsExactly(10, 10, 5, 10, 10, 5);
        assertThat(big.dps().migratedCount()).isEqualTo(50);
        assertThat(big.mappings().countByLabel("VISIT", ((StartResult.Started) started).context().migrationId()))
                .isEqualTo(50);
    }

    @Test
    void aFutureVisitGetsTheMappedRoomAndRestriction_aPastOneKeepsTheNomisRoom() {
        world.seedVisits(40);
        world.mapAllRooms();

        start(BOTH_TYPES);
        world.pump();

        // visit 5: future (5/2=2, even), official, LEI, room index 2 → closed booth
        VisitsMigrationRequest future = requestFor(5);
        assertThat(future.visitRoom()).isEqualTo("LEI Closed Booth");
        assertThat(future.visitRestriction()).isEqualTo("CLOSED");
        assertThat(future.visitType()).isEqualTo("OFFICIAL");
        assertThat(future.visitStatus()).isEqualTo("BOOKED");
        assertThat(future.outcomeStatus()).isNull();
        assertThat(future.visitorPersonIds()).containsExactly(1005L, 2005L);
        assertThat(future.leadVisitorId()).isEqualTo(1005L);
        assertThat(future.visitContact()).isEqualTo(new VisitsMigrationRequest.Contact("Lead Visitor 5",
                "0114 100005"));
        assertThat(future.visitNotes()).containsExactly(new VisitsMigrationRequest.Note("VISIT_COMMENT", "comment 5"));
        assertThat(future.actionedBy()).isEqualTo("CREATOR");
        assertThat(future.prisonerId()).isEqualTo("A0005BC");

        // visit 8: future, social, MDI, room index 2; visit 4 future SOC? 4%3=1 → official room, open
        assertThat(requestFor(4).visitRoom()).isEqualTo("MDI Legal Room");
        assertThat(requestFor(4).visitRestriction()).isEqualTo("OPEN");
        assertThat(requestFor(4).visitNotes()).extracting(VisitsMigrationRequest.Note::type)
                .containsExactly("VISIT_COMMENT", "VISITOR_CONCERN");

        // visit 3: past (3/2=1, odd), social, LEI, NOMIS room kept, restriction unknown, completed normally
        VisitsMigrationRequest past = requestFor(3);
        assertThat(past.visitRoom()).isEqualTo("LEI-VISITS-SOC_VIS");
        assertThat(past.visitRestriction()).isEqualTo("UNKNOWN");
        assertThat(past.outcomeStatus()).isEqualTo("COMPLETED_NORMALLY");
        assertThat(past.visitNotes()).isEmpty();
        assertThat(past.actionedBy()).isEqualTo("MODIFIER");

        // visit 14: past, cancelled by the visitor
        assertThat(requestFor(14).visitStatus()).isEqualTo("CANCELLED");
        assertThat(requestFor(14).outcomeStatus()).isEqualTo("VISITOR_CANCELLED");
    }

    private VisitsMigrationRequest requestFor(int visitId) {
        Mapping mapping = world.mappings().findByNomisId("VISIT", Integer.toString(visitId)).orElseThrow();
        assertThat(mapping.mappingType()).isEqualTo(MappingTypes.MIGRATED);
        return world.dps().migrationRequest(mapping.dpsId()).orElseThrow();
    }

    @Test
    void theSameFilterAgainMigratesNothingAndSaysTheVisitsWereAlreadyMigrated() {
        world.seedVisits(500);
        world.mapAllRooms();
        start(BOTH_TYPES);
        world.pump();
        world.clock().advance(Duration.ofMinutes(5));

        String second = start(BOTH_TYPES);
        world.pump();

        MigrationRun run = run(second);
        assertThat(run.status()).isEqualTo(MigrationStatus.COMPLETED);
        assertThat(run.estimatedCount()).isEqualTo(500);
        assertThat(run.migratedCount()).isZero();
        assertThat(world.dps().migratedCount()).isEqualTo(500);
        List<TelemetryEvent> ignored = world.telemetry().named("visits-migration-entity-ignored");
        assertThat(ignored).hasSize(500).allSatisfy(e -> assertThat(e.properties())
                .containsEntry("migrationId", second)
                .containsEntry("reason", "Mapping already exists - must have already been migrated"));
    }

    @Test
    void unmappedRoomsAreWarnedInPreview_theirFutureVisitsFailAndAreListedWithReasons() {
        world.seedVisits(600);
        world.mapAllRooms();
        world.rooms().delete("MDI", "MDI-VISITS-CLOSED");
        List<Integer> unmapped = java.util.stream.IntStream.rangeClosed(1, 600)
                .filter(i -> i % 2 == 0 && i % 3 == 2 && MigrationWorld.isFuture(i)).boxed().toList();

        MigrationPreview preview = world.migrations().preview(world.visits(), BOTH_TYPES);
        assertThat(preview.estimatedCount()).isEqualTo(600);
        assertThat(preview.warnings()).singleElement().asString()
                .contains(unmapped.size() + " future visit(s) at MDI use room 'MDI-VISITS-CLOSED'");

        String id = start(BOTH_TYPES);
        world.pump();

        MigrationRun run = run(id);
        assertThat(run.status()).isEqualTo(MigrationStatus.COMPLETED);
        assertThat(run.failedCount()).isEqualTo(unmapped.size());
        assertThat(run.migratedCount()).isEqualTo(600 - unmapped.size());
        List<MigrationFailure> failures = world.migrations().failures(id);
        assertThat(failures).extracting(MigrationFailure::entityId)
                .containsExactlyInAnyOrderElementsOf(unmapped.stream().map(String::valueOf).toList());
        assertThat(failures).allSatisfy(f -> assertThat(f.reason())
                .contains("no room mapping for prison MDI room 'MDI-VISITS-CLOSED'"));
        assertThat(world.telemetry().named("nomis-migration-visit-no-room-mapping")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.properties()).containsEntry("prisonId", "MDI"));
        assertThat(world.migrations().dlqCount("visits")).isEqualTo(unmapped.size());

        // the operator maps the room and retries the DLQ: the failures are migrated and leave the list
        world.rooms().create(new VisitRoomMapping("MDI", "MDI-VISITS-CLOSED", "MDI Closed Booth", false));
        assertThat(world.migrations().retryDlq("VISITS")).isEqualTo(unmapped.size());
        world.pump();
        assertThat(world.migrations().failures(id)).isEmpty();
        assertThat(world.mappings().countByLabel("VISIT", id)).isEqualTo(600);
        assertThat(world.dps().migratedCount()).isEqualTo(600);
    }

    @Test
    void aVisitDpsRefusesIsFailedAtOnceWithoutRetries() {
        world.seedVisits(20);
        world.mapAllRooms();
        NomisVisit bad = MigrationWorld.visit(21);
        java.time.LocalDateTime past = java.time.LocalDateTime.of(2025, 6, 1, 10, 0);
        world.nomis().seed(new NomisVisit(21, bad.offenderNo(), "", past, past.plusHours(1),
                "SCON", "NORM", null, "X", null, null, List.of(), null, "CREATOR", null, bad.whenCreated(), null));
        for (int i = 22; i <= 25; i++) {
            world.nomis().seed(MigrationWorld.visit(i));
        }

        String id = start(BOTH_TYPES);
        world.pump();

        assertThat(world.telemetry().named("nomis-migration-visit-rejected")).hasSize(2); // in its batch of five, then alone
        assertThat(world.migrations().failures(id)).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("422").contains("prisonId is required"));
        assertThat(run(id).failedCount()).isEqualTo(1);
        assertThat(run(id).migratedCount()).isEqualTo(24);
    }

    @Test
    void cancellingMidRunPurgesTheQueueAndNoEntityIsMigratedAfterwards() {
        world.seedVisits(N);
        world.mapAllRooms();
        String id = start(BOTH_TYPES);
        AtomicInteger entityMessages = new AtomicInteger();
        AtomicInteger migratedAtCancel = new AtomicInteger(-1);
        MessageHandler cancelling = m -> {
            if (MigrationMessages.MIGRATE_ENTITY.equals(m.envelope().type())
                    && entityMessages.incrementAndGet() == 20) {
                migratedAtCancel.set(world.dps().migratedCount());
                assertThat(world.migrations().cancel(id)).isInstanceOf(CancelOutcome.Requested.class);
            }
            return world.processor().handle(m);
        };

        world.pump(cancelling);

        MigrationRun run = run(id);
        assertThat(run.status()).isEqualTo(MigrationStatus.CANCELLED);
        assertThat(migratedAtCancel.get()).isGreaterThan(0).isLessThan(N);
        assertThat(world.dps().migratedCount()).isEqualTo(migratedAtCancel.get());
        assertThat(run.migratedCount()).isEqualTo(migratedAtCancel.get());
        assertThat(world.telemetry().count("visits-migration-cancel-requested")).isEqualTo(1);
        assertThat(world.telemetry().count("visits-migration-cancelled")).isEqualTo(1);
        assertThat(world.telemetry().count("visits-migration-completed")).isZero();
        assertThat(world.migrations().cancel(id)).isInstanceOf(CancelOutcome.NotActive.class);
        assertThat(world.migrations().cancel("nope")).isInstanceOf(CancelOutcome.NotFound.class);
    }

    @Test
    void aFailedMappingSaveIsRetriedAloneAndDpsGetsEachVisitOnce() {
        MigrationWorld failing = new MigrationWorld(7);
        failing.seedVisits(300);
        failing.mapAllRooms();

        StartResult started = failing.migrations().start(failing.visits(), BOTH_TYPES);
        failing.pump();

        String id = ((StartResult.Started) started).context().migrationId();
        assertThat(failing.mappingPort().failedSaves()).isEqualTo(7);
        // A batch whose save fails is saved mapping by mapping; each mapping failing then gets a retry of its own.
        long retried = failing.telemetry().count("visits-migration-mapping-create-failed");
        assertThat(retried).isBetween(1L, 7L);
        assertThat(failing.telemetry().count("visits-migration-mapping-retry-success")).isEqualTo(retried);
        assertThat(failing.dps().migratedCount()).isEqualTo(300);
        assertThat(failing.migrations().run(id).orElseThrow().migratedCount()).isEqualTo(300);
        assertThat(failing.telemetry().count("visits-migration-entity-migrated")).isEqualTo(300);
    }

    @Test
    void aRestartMidRunLosesNothingAndCountsStayExact() {
        world.seedVisits(N);
        world.mapAllRooms();
        String id = start(BOTH_TYPES);
        AtomicInteger deliveries = new AtomicInteger();
        MessageHandler crashing = m -> {
            if (deliveries.incrementAndGet() == 60) {
                // the process dies after doing the work but before acknowledging: the message comes back
                world.processor().handle(m);
                world.restart();
                return new Disposition.Retry(Duration.ZERO, "process died before the ack");
            }
            return world.processor().handle(m);
        };

        world.pump(crashing);

        MigrationRun run = run(id);
        assertThat(run.status()).isEqualTo(MigrationStatus.COMPLETED);
        assertThat(run.migratedCount()).isEqualTo(N);
        assertThat(run.failedCount()).isZero();
        assertThat(world.dps().migratedCount()).isEqualTo(N);
    }

    @Test
    void onlyOneRunPerTypeIsActive_andTheNextStartInTheSameSecondGetsItsOwnId() {
        world.seedVisits(30);
        world.mapAllRooms();
        String first = start(BOTH_TYPES);

        StartResult second = world.migrations().start(world.visits(), BOTH_TYPES);
        assertThat(second).isEqualTo(new StartResult.AlreadyInProgress(first));
        assertThat(((StartResult.AlreadyInProgress) second).message()).isEqualTo("Migration already in progress");

        world.pump();
        String third = start(BOTH_TYPES);
        assertThat(third).isNotEqualTo(first).isEqualTo("2026-02-01T10:00:01");
        assertThat(world.migrations().active("visits")).get()
                .satisfies(a -> assertThat(a.migrationId()).isEqualTo(third));
    }

    @Test
    void theFilterIsKeptInHistoryAsJsonAndEchoedInTheStartResponse() {
        world.seedVisits(10);
        world.mapAllRooms();
        VisitsMigrationFilter filter = new VisitsMigrationFilter(List.of("MDI"), null,
                java.time.LocalDateTime.of(2025, 1, 1, 0, 0), null, false);

        StartResult.Started started = (StartResult.Started) world.migrations().start(world.visits(), filter);

        assertThat(started.context().body()).containsEntry("prisonIds", List.of("MDI"))
                .containsEntry("visitTypes", List.of("SCON"));
        assertThat(started.context().estimatedCount()).isEqualTo(4); // MDI = even ids, minus every fifth (OFFI)
        assertThat(run(started.context().migrationId()).filterJson()).isEqualTo(
                "{\"prisonIds\":[\"MDI\"],\"visitTypes\":[\"SCON\"],\"fromDateTime\":\"2025-01-01T00:00\","
                        + "\"ignoreMissingRoom\":false}");
        assertThat(world.migrations().start("VISITS", Map.of("prisonIds", List.of("LEI"))))
                .isInstanceOf(StartResult.AlreadyInProgress.class);
    }
}
