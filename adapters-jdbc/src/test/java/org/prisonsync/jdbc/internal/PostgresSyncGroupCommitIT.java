package org.prisonsync.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prisonsync.jdbc.OnDatabase.Kind.POSTGRES;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.jdbc.ClassDatabase;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcAdapters;
import org.prisonsync.jdbc.OnDatabase;

/**
 * The sync path's claims and mapping saves from concurrent consumers share transactions (ADR 0011), and a shared
 * transaction answers each caller as a lone one would. The table is locked while the callers arrive, so that they
 * queue behind the blocked leaders and the next batch takes them together; rows written by one transaction carry the
 * same {@code xmin}, which is how the test sees that they were.
 */
@ExtendWith(ClassDatabase.class)
@OnDatabase(POSTGRES)
class PostgresSyncGroupCommitIT {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int CALLERS = 16;

    private final ExecutorService consumers = Executors.newFixedThreadPool(CALLERS);

    @AfterEach
    void stop() {
        consumers.shutdownNow();
    }

    @Test
    void claimsArrivingWhileTheTableIsBusyCommitTogether_andATakenKeyAmongThemIsStillHeldElsewhere() throws Exception {
        Database database = ClassDatabase.of(this).emptied("mapping", "write_claim");
        WriteClaims claims = JdbcAdapters.writeClaims(database);
        ClaimKey held = new ClaimKey("VISIT", "held");
        claims.claim(held, "holder", T0, LEASE);

        List<ClaimResult> results = whileLocked(database, "write_claim", i -> claims.claim(
                i == 0 ? held : new ClaimKey("VISIT", "dps-" + i), "consumer-" + i, T0, LEASE));

        assertThat(results.get(0)).isEqualTo(new ClaimResult.HeldElsewhere("holder", T0.plus(LEASE)));
        assertThat(results.subList(1, CALLERS)).containsOnly(new ClaimResult.Fresh());
        assertThat(transactionsThatWrote(database, "write_claim where source_id <> 'held'"))
                .as("15 claims in far fewer transactions").isLessThan(8);
    }

    @Test
    void releasesArrivingTogetherCommitTogether() throws Exception {
        Database database = ClassDatabase.of(this).emptied("mapping", "write_claim");
        WriteClaims claims = JdbcAdapters.writeClaims(database);
        for (int i = 0; i < CALLERS; i++) {
            claims.claim(new ClaimKey("VISIT", "dps-" + i), "consumer-" + i, T0, LEASE);
        }

        whileLocked(database, "write_claim", i -> {
            claims.complete(new ClaimKey("VISIT", "dps-" + i));
            return i;
        });

        int left = database.jdbi().withHandle(h -> h.createQuery("select count(*) from write_claim")
                .mapTo(Integer.class).one());
        assertThat(left).isZero();
    }

    @Test
    void mappingSavesArrivingWhileTheTableIsBusyCommitTogether_andAConflictAmongThemIsStillReported() throws Exception {
        Database database = ClassDatabase.of(this).emptied("mapping", "write_claim");
        MappingStore store = JdbcAdapters.mappingStore(database, Clock.systemUTC());
        store.save(visit("n-old", "d-old"));

        List<MappingSaveResult> results = whileLocked(database, "mapping",
                i -> store.save(i == 0 ? visit("n-old", "d-new") : visit("n-" + i, "d-" + i)));

        assertThat(results.get(0)).isInstanceOfSatisfying(MappingSaveResult.Conflict.class,
                conflict -> assertThat(conflict.existing().dpsId()).isEqualTo("d-old"));
        assertThat(results.subList(1, CALLERS)).allSatisfy(r -> assertThat(r).isInstanceOf(MappingSaveResult.Saved.class));
        assertThat(store.findByDpsId("VISIT", "d-new")).isEmpty();
        assertThat(transactionsThatWrote(database, "mapping where dps_id <> 'd-old'"))
                .as("15 mappings in far fewer transactions").isLessThan(8);
    }

    @Test
    void lookupsArrivingTogetherEachFindTheirOwnMapping() throws Exception {
        Database database = ClassDatabase.of(this).emptied("mapping", "write_claim");
        MappingStore store = JdbcAdapters.mappingStore(database, Clock.systemUTC());
        for (int i = 0; i < CALLERS; i += 2) {
            store.save(visit("n-" + i, "d-" + i));
        }

        List<String> found = whileLocked(database, "mapping", i -> (i % 4 == 0
                ? store.findByDpsId("VISIT", "d-" + i) : store.findByNomisId("VISIT", "n-" + i))
                .map(m -> m.nomisId() + "/" + m.dpsId()).orElse("none"));

        for (int i = 0; i < CALLERS; i++) {
            assertThat(found.get(i)).as("caller " + i).isEqualTo(i % 2 == 0 ? "n-" + i + "/d-" + i : "none");
        }
    }

    private static Mapping visit(String nomisId, String dpsId) {
        return Mapping.of("VISIT", nomisId, dpsId, "A1234BC", MappingTypes.NOMIS_CREATED);
    }

    /**
     * Runs the calls while another transaction holds {@code table} locked against writes (reads go on), releasing it
     * once every caller has had time to queue.
     */
    private <T> List<T> whileLocked(Database database, String table, IntFunction<T> call) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        try (Handle lock = database.jdbi().open()) {
            lock.begin();
            lock.execute("lock table " + table + " in share row exclusive mode");
            for (int i = 0; i < CALLERS; i++) {
                int index = i;
                futures.add(consumers.submit(() -> call.apply(index)));
            }
            Thread.sleep(500);
            lock.commit();
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    private static int transactionsThatWrote(Database database, String rows) {
        return database.jdbi().withHandle(h -> h.createQuery("select count(distinct xmin::text) from " + rows)
                .mapTo(Integer.class).one());
    }
}
