package org.prisonsync.core.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.migration.EntityWrite;
import org.prisonsync.core.migration.MigrationContext;
import org.prisonsync.core.migration.MigrationMessages;
import org.prisonsync.core.migration.MigrationSettings;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.telemetry.TelemetryEvent;
import org.prisonsync.core.testing.MigrationWorld;

/**
 * The migration writes DPS under a claim on the NOMIS id, like the sync's creates: five copies of one
 * {@code MIGRATE_ENTITY} delivered at once once made three DPS visits for one NOMIS visit. A resumed claim looks the
 * visit up in DPS before writing again; a duplicate an earlier attempt left is reported and removed by a repair.
 */
class VisitsMigrationClaimsTest {
    private static final Duration LEASE = MigrationSettings.DEFAULT_CLAIM_LEASE;

    private final MigrationWorld world = new MigrationWorld();

    private InternalMessage entities(String migrationId, long estimate, String... ids) {
        return new MigrationContext("VISITS", migrationId, estimate, Map.of("ids", List.of(ids)), Map.of())
                .message(MigrationMessages.MIGRATE_ENTITY);
    }

    private Mapping mappingOf(int visitId) {
        return world.mappings().findByNomisId("VISIT", Integer.toString(visitId)).orElseThrow();
    }

    /** An earlier attempt claimed the visit, wrote it to DPS {@code times} times, and died before mapping it. */
    private List<String> deadAttemptWrote(int visitId, String migrationId, int times) {
        world.claims().claim(new ClaimKey("VISIT", "nomis-" + visitId), "migration/dead/1", world.clock().instant(),
                LEASE);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            references.add(((EntityWrite.Written) world.visits().migrate(Integer.toString(visitId), migrationId))
                    .dpsId());
        }
        return references;
    }

    @Test
    void fiveCopiesOfOneMessageDeliveredAtOnceWriteEachVisitOnce() throws Exception {
        world.seedVisits(3);
        world.mapAllRooms();
        String id = world.recordRun(3);
        InternalMessage message = entities(id, 3, "1", "2", "3");

        List<Disposition> dispositions = deliverAtOnce(5, message);

        assertThat(dispositions).containsOnly(Disposition.ACK);
        assertThat(world.dps().migratedCount()).isEqualTo(3);
        assertThat(world.mappings().countByLabel("VISIT", id)).isEqualTo(3);
        // the copies that found the ids claimed put them back for after the lease, in case the holder had died
        world.clock().advance(LEASE.plusSeconds(1));
        world.pump();
        assertThat(world.dps().migratedCount()).isEqualTo(3);
    }

    @Test
    void fiveCopiesOfAOneIdMessageWriteOnce_theOthersWaitForTheLeaseNotTheLadder() throws Exception {
        world.seedVisits(1);
        world.mapAllRooms();
        String id = world.recordRun(1);

        List<Disposition> dispositions = deliverAtOnce(5, entities(id, 1, "1"));

        assertThat(world.dps().migratedCount()).isEqualTo(1);
        assertThat(dispositions).filteredOn(Disposition.ACK::equals).hasSizeGreaterThanOrEqualTo(1);
        assertThat(dispositions).filteredOn(Disposition.Retry.class::isInstance)
                .allSatisfy(d -> assertThat(((Disposition.Retry) d).delay()).isGreaterThan(Duration.ofSeconds(20)));
        assertThat(world.telemetry().named("visits-migration-entity-awaiting-claim"))
                .hasSize((int) dispositions.stream().filter(Disposition.Retry.class::isInstance).count());
    }

    @Test
    void aResumedClaimAdoptsTheVisitAnEarlierAttemptWroteInsteadOfWritingItAgain() {
        world.seedVisits(7);
        world.mapAllRooms();
        String id = world.recordRun(7);
        String earlier = deadAttemptWrote(7, id, 1).get(0);

        // within the lease the dead attempt might still be writing: wait for it, without using up deliveries
        Disposition early = world.processor().handle(world.delivery(entities(id, 7, "7"), "m-1", 1));
        assertThat(early).isInstanceOfSatisfying(Disposition.Retry.class,
                r -> assertThat(r.delay()).isEqualTo(LEASE.plusSeconds(1)));
        assertThat(world.dps().migratedCount()).isEqualTo(1);

        world.clock().advance(LEASE);
        Disposition resumed = world.processor().handle(world.delivery(entities(id, 7, "7"), "m-1", 2));

        assertThat(resumed).isEqualTo(Disposition.ACK);
        assertThat(world.dps().migratedCount()).isEqualTo(1);
        assertThat(mappingOf(7).dpsId()).isEqualTo(earlier);
        assertThat(world.telemetry().named("visits-migration-entity-migrated")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("foundExisting", "true")
                        .containsEntry("resumed", "true").containsEntry("vsipVisitId", earlier));
        assertThat(world.telemetry().named("visits-migration-entity-duplicate")).isEmpty();
    }

    @Test
    void aResumedClaimWithNothingInDpsWritesTheVisit() {
        world.seedVisits(7);
        world.mapAllRooms();
        String id = world.recordRun(7);
        world.claims().claim(new ClaimKey("VISIT", "nomis-7"), "migration/dead/1", world.clock().instant(), LEASE);
        world.clock().advance(LEASE);

        world.processor().handle(world.delivery(entities(id, 7, "6", "7"), "m-1", 1));

        assertThat(world.dps().migratedCount()).isEqualTo(2);
        assertThat(world.dps().findVisit(mappingOf(7).dpsId())).isPresent();
    }

    @Test
    void aDuplicateAnEarlierAttemptLeftIsReportedOnceWithTheReferenceToRemove_andTheRepairRemovesIt() {
        world.seedVisits(7);
        world.mapAllRooms();
        String id = world.recordRun(7);
        List<String> copies = deadAttemptWrote(7, id, 2);
        world.clock().advance(LEASE);

        world.processor().handle(world.delivery(entities(id, 7, "5", "6", "7"), "m-1", 1));
        world.pump();

        assertThat(mappingOf(7).dpsId()).isEqualTo(copies.get(0));
        List<TelemetryEvent> duplicates = world.telemetry().named("visits-migration-entity-duplicate");
        assertThat(duplicates).singleElement().satisfies(e -> assertThat(e.properties())
                .containsEntry("migrationId", id).containsEntry("nomisId", "7")
                .containsEntry("dpsId", copies.get(0)).containsEntry("duplicateDpsId", copies.get(1)));
        assertThat(world.dps().migratedCount()).isEqualTo(4); // 5 and 6, and both copies of 7

        VisitMigrationRepairs repairs = new VisitMigrationRepairs(world.dps(), world.nomis(), world.mappings(),
                world.telemetry());
        RepairReport planned = repairs.removeDuplicate(7, copies.get(1), true);

        assertThat(planned.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(planned.actions()).singleElement().asString().contains("remove DPS visit " + copies.get(1))
                .contains("stays mapped to DPS visit " + copies.get(0));
        assertThat(world.dps().findVisit(copies.get(1))).isPresent();
        assertThat(world.telemetry().named("visits-migration-duplicate-removed")).isEmpty();

        RepairReport done = repairs.removeDuplicate(7, copies.get(1), false);

        assertThat(done.status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.dps().findVisit(copies.get(1))).isEmpty();
        assertThat(world.dps().findVisit(copies.get(0))).isPresent();
        assertThat(mappingOf(7).dpsId()).isEqualTo(copies.get(0));
        assertThat(world.telemetry().named("visits-migration-duplicate-removed")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("removedDpsId", copies.get(1)));
        assertThat(repairs.removeDuplicate(7, copies.get(1), false).status())
                .isEqualTo(RepairReport.Status.NOT_FOUND);
    }

    @Test
    void theRepairRefusesToRemoveAMappedVisitOrOneThatIsNotACopy() {
        world.seedVisits(8);
        world.mapAllRooms();
        String id = world.recordRun(8);
        world.processor().handle(world.delivery(entities(id, 8, "7", "8"), "m-1", 1));
        VisitMigrationRepairs repairs = new VisitMigrationRepairs(world.dps(), world.nomis(), world.mappings(),
                world.telemetry());
        String mapped7 = mappingOf(7).dpsId();
        String mapped8 = mappingOf(8).dpsId();
        String unmappedOf8 = ((EntityWrite.Written) world.visits().migrate("8", id)).dpsId();

        RepairReport mapped = repairs.removeDuplicate(7, mapped7, false);
        RepairReport otherVisit = repairs.removeDuplicate(7, unmappedOf8, false);
        RepairReport unknown = repairs.removeDuplicate(7, "zz-zz-zz-zz", true);

        assertThat(mapped.status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(mapped.message()).contains("is the mapped visit of NOMIS visit 7");
        assertThat(otherVisit.status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(otherVisit.message()).contains("is not a copy of NOMIS visit 7");
        assertThat(unknown.status()).isEqualTo(RepairReport.Status.NOT_FOUND);
        assertThat(world.dps().findVisit(mapped7)).isPresent();
        assertThat(world.dps().findVisit(mapped8)).isPresent();
        assertThat(world.dps().findVisit(unmappedOf8)).isPresent();
        assertThat(world.dps().migratedCount()).isEqualTo(3);
    }

    @Test
    void theRepairRefusesToRemoveTheOnlyCopyOfAVisitThatIsNotMigrated() {
        world.seedVisits(7);
        world.mapAllRooms();
        String only = ((EntityWrite.Written) world.visits().migrate("7", "2026-02-01T10:00:00")).dpsId();

        RepairReport report = new VisitMigrationRepairs(world.dps(), world.nomis(), world.mappings(),
                world.telemetry()).removeDuplicate(7, only, false);

        assertThat(report.status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(report.message()).contains("has no mapped DPS visit");
        assertThat(world.dps().findVisit(only)).isPresent();
    }

    /**
     * Delivers {@code copies} copies of one message on as many threads. Each thread's first DPS write waits until
     * every thread has either reached a DPS write or finished, so that without claims all of them really write.
     */
    private List<Disposition> deliverAtOnce(int copies, InternalMessage message) throws Exception {
        Object monitor = new Object();
        int[] arrivedAndFinished = new int[1];
        ThreadLocal<Boolean> gated = ThreadLocal.withInitial(() -> false);
        world.beforeEachDpsWrite(() -> {
            if (gated.get()) {
                return;
            }
            gated.set(true);
            synchronized (monitor) {
                arrivedAndFinished[0]++;
                monitor.notifyAll();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (arrivedAndFinished[0] < copies) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError("the copies never all reached the gate");
                    }
                    try {
                        TimeUnit.NANOSECONDS.timedWait(monitor, left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new AssertionError(e);
                    }
                }
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Disposition>> futures = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                String messageId = "copy-" + i;
                futures.add(pool.submit(() -> {
                    go.await();
                    try {
                        return world.processor().handle(world.delivery(message, messageId, 1));
                    } finally {
                        synchronized (monitor) {
                            if (!gated.get()) {
                                arrivedAndFinished[0]++;
                            }
                            monitor.notifyAll();
                        }
                    }
                }));
            }
            go.countDown();
            List<Disposition> results = new ArrayList<>();
            for (Future<Disposition> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            world.beforeEachDpsWrite(() -> { });
            pool.shutdownNow();
        }
    }
}
