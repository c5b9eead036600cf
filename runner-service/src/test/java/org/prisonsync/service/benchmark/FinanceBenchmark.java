package org.prisonsync.service.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.service.PrisonSyncService;
import org.prisonsync.service.ServiceConfig;
import org.prisonsync.service.ServiceFixture;
import org.prisonsync.simulator.finance.FinanceSimulation;

/**
 * Finance transactions through the whole embedded service on PostgreSQL (not part of the test suite; issue 16): NOMIS
 * transactions of 1 to {@code maxRows} rows (uniform, seeded), each written as a burst of row events (SQS batches of
 * 10) by the simulator, paced to a target event rate by {@code producers} threads, consumed by the finance queue's
 * workers, each transaction sent to the simulated DPS after its grace period. Prints DPS calls per transaction
 * (1.0 when no row arrives after its window), row events per second from the first write to the last DPS call
 * (less the final grace period), and the latency each transaction's sync adds over the grace period, from its first
 * row's commit to DPS's answer (p50/p99/max).
 * Arguments: transactions (10,000), max rows (500), target events/s (400), producers (4), grace seconds (5).
 */
public final class FinanceBenchmark {
    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private FinanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int transactions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int maxRows = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        int producers = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int grace = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("telemetry"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        String schema = "finance_bench_" + UUID.randomUUID().toString().substring(0, 8);
        Path data = Files.createTempDirectory("finance-bench");
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        env.put("DATABASE_URL", PG_URL);
        env.put("DATABASE_USERNAME", "postgres");
        env.put("DATABASE_SCHEMA", schema);
        env.put("DEMO_PRISONERS", "false");
        env.put("FINANCE_TRANSACTIONS_GRACE_PERIOD_SECONDS", Integer.toString(grace));
        SyncClock clock = new SyncClock();
        try (PrisonSyncService service = PrisonSyncService.start(ServiceConfig.from(env), clock)) {
            FinanceSimulation finance = service.simulator().orElseThrow().domain(FinanceSimulation.class);
            int[] rows = new int[transactions];
            Random random = new Random(16);
            long events = 0;
            for (int i = 0; i < transactions; i++) {
                rows[i] = 1 + random.nextInt(maxRows);
                events += rows[i];
            }
            System.out.printf("%,d transactions, %,d row events (1-%d rows each), paced to %,d events/s by %d "
                    + "producers, grace %d s%n", transactions, events, maxRows, rate, producers, grace);
            AtomicInteger next = new AtomicInteger();
            long started = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(producers);
            AtomicLong progress = new AtomicLong();
            for (int p = 0; p < producers; p++) {
                pool.execute(() -> {
                    long due = System.nanoTime();
                    int i;
                    while ((i = next.getAndIncrement()) < transactions) {
                        long tx = finance.nextTransactionId();
                        clock.firstRow.put(Long.toString(tx), System.nanoTime());
                        finance.writeRows(tx, prisoner(i), 100_000 + i, "MDI", 1, rows[i], Duration.ZERO, "1.00");
                        long done = progress.addAndGet(rows[i]);
                        // pace: this producer's share of the rate
                        due += TimeUnit.SECONDS.toNanos(rows[i]) * producers / rate;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            sleepNanos(wait);
                        }
                        if (i % 500 == 0) {
                            System.out.printf("  written %,d transactions (%,d events) after %.0f s, %,d synced%n",
                                    i, done, (System.nanoTime() - started) / 1e9, clock.calls.get());
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(7, TimeUnit.DAYS);
            double writeSeconds = (System.nanoTime() - started) / 1e9;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (clock.synced.size() < transactions && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            // a window reopened by a late row sends a second call one grace period after the first
            Thread.sleep(TimeUnit.SECONDS.toMillis(grace + 2));
            double seconds = (clock.lastCall.get() - started) / 1e9 - grace;
            long calls = finance.dps().calls().size();
            long[] added = clock.addedMillis(grace);
            System.out.printf("%nwritten in %.1f s; %,d of %,d transactions in DPS%n", writeSeconds,
                    clock.synced.size(), transactions);
            System.out.printf("DPS calls per transaction: %.4f (%,d calls)%n", (double) calls / transactions, calls);
            System.out.printf("row events per second, first write to last DPS call less the grace: %.0f%n",
                    events / seconds);
            System.out.printf("latency added over the %d s grace, first row to DPS answer: p50 %d ms, p99 %d ms, "
                    + "max %d ms%n", grace, percentile(added, 50), percentile(added, 99),
                    added.length == 0 ? 0 : added[added.length - 1]);
            clock.printLateTail(grace);
            System.out.printf("outcomes: %s%n", new java.util.TreeMap<>(clock.outcomes));
        } finally {
            try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
                c.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        }
        System.exit(0);
    }

    private static String prisoner(int i) {
        return String.format("F%04d%c%c", i % 10_000, (char) ('A' + i / 10_000 / 26 % 26), (char) ('A' + i / 10_000 % 26));
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The service's extra telemetry sink: when each transaction first reached DPS. */
    private static final class SyncClock implements Telemetry {
        final Map<String, Long> firstRow = new ConcurrentHashMap<>();
        final Map<String, Long> synced = new ConcurrentHashMap<>();
        /** When each transaction's first window opened, and how long its last synced window was open. */
        final Map<String, Long> opened = new ConcurrentHashMap<>();
        final Map<String, Long> windowMillis = new ConcurrentHashMap<>();
        final Map<String, java.util.concurrent.atomic.LongAdder> outcomes = new ConcurrentHashMap<>();
        final AtomicLong calls = new AtomicLong();
        final AtomicLong lastCall = new AtomicLong();

        @Override
        public void track(String event, Map<String, String> properties) {
            if (event.startsWith("transactions-synchronisation")) {
                outcomes.computeIfAbsent(event, e -> new java.util.concurrent.atomic.LongAdder()).increment();
            }
            if (event.equals("transactions-synchronisation-row-opened")) {
                opened.putIfAbsent(properties.get("nomisTransactionId"), System.nanoTime());
            }
            if (properties.containsKey("windowMillis")) {
                windowMillis.put(properties.get("nomisTransactionId"), Long.parseLong(properties.get("windowMillis")));
            }
            if (event.equals("transactions-synchronisation-created-success")
                    || event.equals("transactions-synchronisation-updated-success")) {
                long now = System.nanoTime();
                calls.incrementAndGet();
                lastCall.accumulateAndGet(now, Math::max);
                synced.putIfAbsent(properties.get("nomisTransactionId"), now);
            }
        }

        /**
         * Where the late tail's time went (added latency over a second): first row to its window opening (the row
         * event waiting in the queue), the window itself (open to its sync finishing: the delayed message and the
         * sync), and the rest.
         */
        void printLateTail(int grace) {
            long[] toOpen = synced.keySet().stream().filter(tx -> late(tx, grace) && opened.containsKey(tx))
                    .mapToLong(tx -> (opened.get(tx) - firstRow.get(tx)) / 1_000_000).sorted().toArray();
            long[] window = synced.keySet().stream().filter(tx -> late(tx, grace) && windowMillis.containsKey(tx))
                    .mapToLong(windowMillis::get).sorted().toArray();
            System.out.printf("late tail (added > 1 s): %d transactions; first row to window open p50 %d ms, max %d"
                    + " ms; window open to sync p50 %d ms, max %d ms%n", window.length, percentile(toOpen, 50),
                    toOpen.length == 0 ? 0 : toOpen[toOpen.length - 1], percentile(window, 50),
                    window.length == 0 ? 0 : window[window.length - 1]);
        }

        private boolean late(String tx, int grace) {
            Long first = firstRow.get(tx);
            return first != null && (synced.get(tx) - first) / 1_000_000 - grace * 1000L > 1000;
        }

        long[] addedMillis(int grace) {
            long[] added = synced.entrySet().stream().filter(e -> firstRow.containsKey(e.getKey()))
                    .mapToLong(e -> (e.getValue() - firstRow.get(e.getKey())) / 1_000_000 - grace * 1000L)
                    .toArray();
            Arrays.sort(added);
            return added;
        }
    }
}
