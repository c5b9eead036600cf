package org.prisonsync.jdbc.movements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.movements.Counterpart;
import org.prisonsync.core.movements.HousekeepingReport;
import org.prisonsync.core.movements.MatchAttempt;
import org.prisonsync.core.movements.MatchType;
import org.prisonsync.core.movements.MatchingEventPair;
import org.prisonsync.core.movements.MatchingEventPairs;
import org.prisonsync.core.movements.MovementHousekeeping;
import org.prisonsync.core.movements.MovementReasons;
import org.prisonsync.core.movements.MovementSettings;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcSettings;
import org.prisonsync.jdbc.PostgresTestDatabase;

/**
 * Measures the movement store on the local PostgreSQL (not part of the test suite): pairing throughput with eight
 * consumers racing on both halves of each movement, then one housekeeping run over a million rows. Run it with
 * {@code java -cp <test classpath> org.prisonsync.jdbc.MovementsBenchmark [prisoners] [rows]}; it works in a schema
 * of its own and drops it at the end.
 */
public final class MovementsBenchmark {
    private static final int CONSUMERS = 8;

    private MovementsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int prisoners = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        String schema = "bench_movements_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        JdbcSettings settings = JdbcSettings.postgres(PostgresTestDatabase.URL
                        + (PostgresTestDatabase.URL.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true",
                PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
                .withSchema(schema).withMaxPoolSize(CONSUMERS + 2);
        try (Database database = Database.open(settings)) {
            MatchingEventPairs pairs = MovementsJdbc.matchingEventPairs(database);
            pair(pairs, 10_000, "W");
            pair(pairs, prisoners, "P");
            database.jdbi().useHandle(h -> h.execute("truncate table matching_event_pair"));
            housekeeping(database, pairs, rows);
        } finally {
            PostgresTestDatabase.dropSchema(schema);
        }
    }

    /** Both halves of each movement submitted back to back to a pool of eight consumers, so that they race. */
    private static void pair(MatchingEventPairs pairs, int prisoners, String prefix) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONSUMERS);
        LocalDateTime time = LocalDateTime.parse("2026-03-01T10:00:00");
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < prisoners; i++) {
                String prisoner = prefix + String.format("%06d", i);
                done.add(pool.submit(() -> pairs.matchOrInsert(attempt(MatchingEventPair.offenderHalf(
                        MatchType.RECEIVED, prisoner, 1L, "N", time), Counterpart.ADMISSION_AWAITING_NOMIS))));
                done.add(pool.submit(() -> pairs.matchOrInsert(attempt(MatchingEventPair.domainHalf(
                        MatchType.RECEIVED, prisoner, "NEW_ADMISSION", time), Counterpart.ADMISSION_AWAITING_DPS))));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long unmatched = pairs.countUnmatched(Instant.EPOCH, Instant.now().plusSeconds(60));
        System.out.printf("pairing %s: %d movements (%d events) by %d consumers in %.2f s = %.0f events/s,"
                        + " %.0f pairs/s; unmatched left: %d%n", prefix.equals("W") ? "warm-up" : "run", prisoners,
                prisoners * 2, CONSUMERS, seconds, prisoners * 2 / seconds, prisoners / seconds, unmatched);
    }

    private static MatchAttempt attempt(MatchingEventPair half, Counterpart counterpart) {
        Instant now = Instant.now();
        return new MatchAttempt(half.withCreated(now), counterpart, now.minus(Duration.ofMinutes(1)), "benchmark");
    }

    /**
     * A million rows spread over the last 200 days (so about 8% are older than six months), 0.1% unmatched except
     * in the housekeeping window, where a quarter are merges to match late and a quarter mismatches; then a dry run
     * and one real housekeeping run.
     */
    private static void housekeeping(Database database, MatchingEventPairs pairs, int rows) {
        Instant now = Instant.now();
        long spanSeconds = Duration.ofDays(200).toSeconds();
        long start = System.nanoTime();
        database.jdbi().useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch("insert into matching_event_pair (match_type, noms_number,"
                    + " domain_reason, domain_time, offender_booking_id, offender_reason, offender_time, created_date,"
                    + " matched, comment) values (:type, :prisoner, :domainReason, :domainTime, :booking,"
                    + " :offenderReason, :offenderTime, :created, :matched, :comment)");
            for (int i = 0; i < rows; i++) {
                Instant created = now.minusSeconds((long) i * spanSeconds / rows);
                LocalDateTime local = LocalDateTime.ofInstant(created, ZoneOffset.UTC);
                // the housekeeping window (4 h to 2 h ago) gets a realistic share of work: a quarter of its rows
                // are merges to match late and a quarter real mismatches
                boolean inWindow = created.isAfter(now.minus(Duration.ofHours(4)))
                        && created.isBefore(now.minus(Duration.ofHours(2)));
                boolean merge = inWindow ? i % 4 == 1 : i % 5_000 == 7;
                boolean unmatched = merge || (inWindow ? i % 4 == 0 : i % 1_000 == 3);
                batch.bind("type", merge || i % 2 == 0 ? "RECEIVED" : "RELEASED")
                        .bind("prisoner", String.format("H%07d", i))
                        .bind("domainReason", unmatched ? null : "NEW_ADMISSION")
                        .bind("domainTime", unmatched ? null : local)
                        .bind("booking", (long) i)
                        .bind("offenderReason", merge ? MovementReasons.MERGE_EVENT : "N")
                        .bind("offenderTime", local)
                        .bind("created", local)
                        .bind("matched", !unmatched)
                        .bind("comment", unmatched ? null : "matchOutcome = matched in benchmark")
                        .add();
                if (batch.size() == 10_000) {
                    batch.execute();
                }
            }
            if (batch.size() > 0) {
                batch.execute();
            }
            handle.execute("analyze matching_event_pair");
        });
        System.out.printf("inserted %d rows by batch insert in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);

        RecordingTelemetry telemetry = new RecordingTelemetry();
        MovementHousekeeping job = new MovementHousekeeping(pairs, telemetry, Clock.systemUTC(),
                MovementSettings.DEFAULTS);
        long dry = System.nanoTime();
        HousekeepingReport preview = job.run(true);
        double drySeconds = (System.nanoTime() - dry) / 1e9;
        long run = System.nanoTime();
        HousekeepingReport report = job.run(false);
        double runSeconds = (System.nanoTime() - run) / 1e9;
        System.out.printf("housekeeping dry run over %d rows: %.2f s (would purge %d, match %d, report %d)%n", rows,
                drySeconds, preview.purged(), preview.matches().size(), preview.unmatchedCount());
        System.out.printf("housekeeping over %d rows: %.2f s (purged %d, matched late %d, unmatched reported %d)%n",
                rows, runSeconds, report.purged(), report.matches().size(), report.unmatchedCount());
    }
}
