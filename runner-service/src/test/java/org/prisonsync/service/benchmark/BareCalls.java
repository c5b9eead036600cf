package org.prisonsync.service.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.VisitRoomMapping;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.core.visits.VisitsMigrationSource;
import org.prisonsync.core.visits.VisitsMigrationTranslation;
import org.prisonsync.core.visits.VisitsNomisApi;

/**
 * The baseline: per visit the NOMIS GET, the DPS POST and the mapping insert the engine makes, in a tight loop on
 * {@code threads} threads: no queue, no skip check, no telemetry, rooms from a map in memory.
 */
final class BareCalls {
    private final VisitsNomisApi nomis;
    private final VisitsDpsApi dps;
    private final MappingStore mappings;
    private final Map<String, VisitRoomMapping> rooms;
    private final java.util.concurrent.atomic.LongAdder getNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder postNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder insertNanos = new java.util.concurrent.atomic.LongAdder();

    BareCalls(VisitsNomisApi nomis, VisitsDpsApi dps, MappingStore mappings, Map<String, VisitRoomMapping> rooms) {
        this.nomis = nomis;
        this.dps = dps;
        this.mappings = mappings;
        this.rooms = rooms;
    }

    /** Migrates every id once; returns the elapsed nanoseconds. */
    long run(List<Long> ids, int threads, String label) throws Exception {
        AtomicInteger next = new AtomicInteger();
        LocalDate today = LocalDate.now();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                        one(ids.get(i), today, label);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return System.nanoTime() - started;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Mean wall time per call of each kind since the last call, e.g. {@code GET 1.2 ms, POST 1.5 ms, insert 9 ms}. */
    String breakdown(int visits) {
        String text = String.format("GET %.2f ms, POST %.2f ms, insert %.2f ms", getNanos.sumThenReset() / 1e6 / visits,
                postNanos.sumThenReset() / 1e6 / visits, insertNanos.sumThenReset() / 1e6 / visits);
        return text;
    }

    private void one(long id, LocalDate today, String label) {
        long t0 = System.nanoTime();
        VisitsMigrationSource source = nomis.findVisitForMigration(id).orElseThrow();
        long t1 = System.nanoTime();
        NomisVisit visit = source.visit();
        boolean future = VisitsMigrationTranslation.isFuture(visit, today);
        Optional<VisitRoomMapping> room = future ? Optional.ofNullable(rooms.get(visit.room())) : Optional.empty();
        String reference = dps.migrateVisit(VisitsMigrationTranslation.toDps(source, room, future));
        long t2 = System.nanoTime();
        mappings.save(new Mapping("VISIT", Long.toString(id), reference, visit.offenderNo(), MappingTypes.MIGRATED,
                label, null));
        getNanos.add(t1 - t0);
        postNanos.add(t2 - t1);
        insertNanos.add(System.nanoTime() - t2);
    }
}
