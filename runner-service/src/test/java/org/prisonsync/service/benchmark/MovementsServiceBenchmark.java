package org.prisonsync.service.benchmark;

import org.prisonsync.core.movements.MovementsDomain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.movements.BookingMovement;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.testing.MovementEvents;
import org.prisonsync.service.PrisonSyncService;
import org.prisonsync.service.ServiceConfig;
import org.prisonsync.service.ServiceFixture;
import org.prisonsync.simulator.Simulator;

/**
 * Movement pairing through the whole service (not part of the test suite): NOMIS admissions and DPS received events
 * on the reconciliation queue (ElasticMQ), each admission's previous movement read from the Prison API (the simulator,
 * over HTTP), pairs matched on PostgreSQL by the queue's consumers. Everything runs in this JVM, including the
 * producer, so the figure is a floor. Prints events paired per second from the first send to the last match.
 * Arguments: movements (default 20,000), warm-up movements (default 5,000), consumers (default 8).
 */
public final class MovementsServiceBenchmark {
    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private MovementsServiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int movements = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int consumers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("telemetry"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        String schema = "movements_bench_" + UUID.randomUUID().toString().substring(0, 8);
        Path data = Files.createTempDirectory("movements-bench");
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        env.put("DATABASE_URL", PG_URL);
        env.put("DATABASE_USERNAME", "postgres");
        env.put("DATABASE_SCHEMA", schema);
        env.put("DATABASE_POOL_SIZE", Integer.toString(consumers + 4));
        env.put("HMPPS_SQS_QUEUES_MOVEMENTS_CONCURRENCY", Integer.toString(consumers));
        // EVENTS_TRAIL=false from the caller's environment weighs the trail's share of the figure
        if (System.getenv("EVENTS_TRAIL") != null) {
            env.put("EVENTS_TRAIL", System.getenv("EVENTS_TRAIL"));
        }
        ServiceConfig config = ServiceConfig.from(env);
        try (PrisonSyncService service = PrisonSyncService.start(config)) {
            run(service, config, schema, "W", warmup, "warm-up");
            double rate = run(service, config, schema, "P", movements, "run");
            System.out.printf("%nmovement pairing through the service (%d cores, %d consumers): %.0f events/s%n",
                    Runtime.getRuntime().availableProcessors(), consumers, rate);
        } finally {
            try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
                c.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        }
        System.exit(0);
    }

    /** Sends both halves of {@code count} admissions (on four producer threads) and waits until all are matched. */
    private static double run(PrisonSyncService service, ServiceConfig config, String schema, String prefix, int count,
                              String label) throws Exception {
        Simulator simulator = service.simulator().orElseThrow();
        LocalDateTime now = LocalDateTime.now(LONDON).truncatedTo(ChronoUnit.SECONDS);
        long firstBooking = prefix.equals("W") ? 5_000_000 : 6_000_000;
        List<Notification> events = new ArrayList<>(2 * count);
        for (int i = 0; i < count; i++) {
            long booking = firstBooking + i;
            // a real prisoner number's shape (letter, four digits, two letters): the sync refuses any other at once
            String prisoner = String.format("%s%04d%c%c", prefix, i % 10_000, (char) ('A' + i / 10_000 / 26 % 26),
                    (char) ('A' + i / 10_000 % 26));
            simulator.prisonMovements().add(booking, new BookingMovement(1, "COURT", "MDI", "ADM", "IN", now, "N",
                    now, null));
            events.add(MovementEvents.externalMovement(prisoner, booking, 1, "ADM", "N", "IN", now));
            events.add(MovementEvents.received(prisoner, "NEW_ADMISSION", Instant.now()));
        }
        MessageQueue queue = service.messageQueue();
        String queueName = config.queue(MovementsDomain.QUEUE).queueName();
        long started = System.nanoTime();
        ExecutorService producers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            int slice = (events.size() + 3) / 4;
            for (int from = 0; from < events.size(); from += slice) {
                List<Notification> part = events.subList(from, Math.min(events.size(), from + slice));
                sent.add(producers.submit(() -> queue.sendAll(queueName, new ArrayList<>(part))));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            producers.shutdown();
        }
        double sendSeconds = (System.nanoTime() - started) / 1e9;
        long matched;
        while ((matched = matched(schema, prefix)) < count) {
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = 2.0 * count / seconds;
        System.out.printf("%s: %,d movements (%,d events) sent in %.1f s, all %,d matched after %.1f s"
                + " = %.0f events/s%n", label, count, 2 * count, sendSeconds, matched, seconds, rate);
        return rate;
    }

    private static long matched(String schema, String prefix) throws Exception {
        try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery("select count(*) from " + schema
                     + ".matching_event_pair where matched and noms_number like '" + prefix + "%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
