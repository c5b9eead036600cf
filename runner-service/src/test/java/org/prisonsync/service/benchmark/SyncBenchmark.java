package org.prisonsync.service.benchmark;

import org.prisonsync.core.testing.LoopbackPorts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.OkHttpClient;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.alerts.AlertsHttp;
import org.prisonsync.http.visits.VisitsHttp;
import org.prisonsync.service.PrisonSyncService;
import org.prisonsync.service.ServiceConfig;
import org.prisonsync.service.benchmark.SyncStreams.BareParties;
import org.prisonsync.service.benchmark.SyncStreams.Planned;
import org.prisonsync.service.benchmark.SyncStreams.Seeded;
import org.prisonsync.service.benchmark.SyncStreams.Stream;

/**
 * The everyday path measured (issue 18; not part of the test suite): DPS events through the whole service on
 * PostgreSQL — SQS (ElasticMQ), the DPS GET, the NOMIS write, the claim and the mapping — each stream three ways in
 * one run: as fast as the producer can publish (sustained events/s to the last final outcome), at a fixed rate
 * (latency from publication to the final outcome, which the service tracks after the mapping is saved or NOMIS is
 * updated), and the bare loop of the calls the sync cannot avoid at the same concurrency. ElasticMQ and the simulator
 * run in JVMs of their own, so the CPU each party spends is read apart.
 *
 * <p>Arguments: events per burst (default 20,000), fixed rate per second (1,000), seconds at that rate (20), consumers
 * per queue (8, the service's default), streams (visits,alerts,mixed). Run it as docs/benchmarks.md says; about
 * eight minutes with the defaults on two cores.
 */
public final class SyncBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int PRODUCERS = 4;
    private static final Duration STALL = Duration.ofSeconds(120);

    private final int burst;
    private final int rate;
    private final int seconds;
    private final int consumers;
    private final List<Stream> streams;
    private final List<String> summary = new ArrayList<>();
    private String simulatorUrl;
    private PrisonSyncService service;
    private ServiceConfig config;
    private OutcomeClock clock;
    private CpuSplit cpu;
    private BareParties parties;

    private SyncBenchmark(int burst, int rate, int seconds, int consumers, List<Stream> streams) {
        this.burst = burst;
        this.rate = rate;
        this.seconds = seconds;
        this.consumers = consumers;
        this.streams = streams;
    }

    public static void main(String[] args) throws Exception {
        int burst = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int consumers = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        List<Stream> streams = new ArrayList<>();
        for (String name : (args.length > 4 ? args[4] : "visits,alerts,mixed").split(",")) {
            streams.add(switch (name.trim()) {
                case "visits" -> SyncStreams.visitCreates();
                case "alerts" -> SyncStreams.alertCreates();
                case "mixed" -> SyncStreams.visitMix();
                default -> throw new IllegalArgumentException("unknown stream " + name
                        + ": choose from visits, alerts, mixed");
            });
        }
        boolean ok = new SyncBenchmark(burst, rate, seconds, consumers, streams).run();
        System.exit(ok ? 0 : 1);
    }

    private boolean run() throws Exception {
        // A log line per event at thousands a second would measure the console; metrics still count every event.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("telemetry"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int sqsPort = LoopbackPorts.next();
        int simPort = LoopbackPorts.next();
        simulatorUrl = "http://127.0.0.1:" + simPort;
        String schema = "sync_bench_" + UUID.randomUUID().toString().substring(0, 8);
        Process sqs = MigrationBenchmark.startUpstream(Integer.toString(sqsPort), "-");
        Process simulator = MigrationBenchmark.startUpstream("-", Integer.toString(simPort));
        boolean ok = true;
        try {
            config = ServiceConfig.from(environment(sqsPort, simPort, schema));
            clock = new OutcomeClock("visitId", "alertUuid");
            service = PrisonSyncService.start(config, clock);
            OkHttpClient okHttp = HttpAdapters.client(config.http());
            parties = new BareParties(VisitsHttp.visitsDpsApi(okHttp, config.http()),
                    VisitsHttp.visitsNomisApi(okHttp, config.http()), AlertsHttp.alertsDpsApi(okHttp, config.http()),
                    AlertsHttp.alertsNomisApi(okHttp, config.http()), service.core().mappings());
            cpu = new CpuSplit(sqs, simulator);
            // Every JVM (the service, ElasticMQ, the simulator) first runs every stream's path, so the first stream
            // measured does not pay the others' JIT: measured first without this, visits spent 0.65 ms of ElasticMQ
            // per event and 608/s, measured after alerts 0.32 ms and 840/s.
            for (Stream stream : streams) {
                int warmup = warmupEvents();
                log("%s: warming every JVM up, %,d events as fast as possible", stream.name(), warmup);
                log("%s: warmed up, %.0f events/s", stream.name(), fast(stream, warmup).rate());
            }
            for (Stream stream : streams) {
                ok &= measure(stream);
            }
        } finally {
            if (service != null) {
                service.close();
            }
            sqs.getOutputStream().close();
            simulator.getOutputStream().close();
            sqs.waitFor();
            simulator.waitFor();
            MigrationBenchmark.dropSchema(schema);
        }
        System.out.printf("%nsync benchmark (%d cores, %d consumers per queue, PostgreSQL, ElasticMQ and the simulator"
                + " in JVMs of their own)%n", Runtime.getRuntime().availableProcessors(), consumers);
        summary.forEach(System.out::println);
        return ok;
    }

    private int warmupEvents() {
        return Math.min(20_000, Math.max(2_000, burst / 2));
    }

    private boolean measure(Stream stream) throws Exception {
        int warmup = warmupEvents();
        log("%s: warm-up, %,d events as fast as possible", stream.name(), warmup);
        Phase warm = fast(stream, warmup);
        log("%s: warm-up done, %.0f events/s", stream.name(), warm.rate());

        log("%s: %,d events as fast as possible", stream.name(), burst);
        Phase fast = fast(stream, burst);
        log("%s: %.0f events/s; outcomes %s", stream.name(), fast.rate(), fast.outcomes());

        log("%s: bare calls for %,d events on %d threads", stream.name(), fast.events(), consumers);
        Phase bare = bare(stream, burst);
        log("%s: bare %.0f events/s", stream.name(), bare.rate());

        log("%s: %,d events/s for %d s", stream.name(), rate, seconds);
        Phase paced = paced(stream, rate * seconds, rate);
        log("%s: %s", stream.name(), paced.latencies());
        // Above what this machine sustains the latency is the queue growing; half the measured rate shows the
        // latency of the path itself.
        Phase half = null;
        int halfRate = (int) Math.max(10, Math.round(fast.rate() / 2 / 10) * 10);
        if (rate > 0.8 * fast.rate()) {
            log("%s: %,d events/s (half the rate it sustained) for %d s", stream.name(), halfRate, seconds);
            half = paced(stream, halfRate * seconds, halfRate);
            log("%s: %s", stream.name(), half.latencies());
        }

        double ratio = fast.rate() / bare.rate();
        summary.add(String.format("""

                %s stream
                  as fast as possible     %,d events, published in %.1f s, all final after %.1f s = %,.0f events/s \
                (goal >= 2,500)
                    outcomes              %s
                    CPU                   %s
                    service by thread     %s
                  bare calls, %d threads   %,d events in %.1f s = %,.0f events/s%s
                    CPU                   %s
                  ratio sync / bare       %.2f (goal >= 0.7)
                  at %,d events/s          %,d events in %.1f s (achieved %,.0f/s); publication to final outcome: %s \
                (goal p99 <= 50 ms)
                    outcomes              %s
                    CPU                   %s""",
                stream.name(), fast.events(), fast.sendSeconds(), fast.seconds(), fast.rate(), fast.outcomes(),
                fast.cpu().perEvent(fast.events()), fast.cpu().serviceByThread(fast.events()), consumers,
                bare.events(), bare.seconds(), bare.rate(),
                bare.skipped() == 0 ? "" : String.format(" (%,d found nothing to do)", bare.skipped()),
                bare.cpu().perEvent(bare.events()), ratio, rate, paced.events(), paced.seconds(), paced.rate(),
                paced.latencies(), paced.outcomes(), paced.cpu().perEvent(paced.events())));
        summary.add(ceiling(fast, bare, ratio));
        if (half != null) {
            summary.add(String.format("  at %,d events/s (half)   %,d events in %.1f s (achieved %,.0f/s); publication"
                    + " to final outcome: %s%n    CPU                   %s", halfRate, half.events(), half.seconds(), half.rate(),
                    half.latencies(), half.cpu().perEvent(half.events())));
        }
        return fast.complete() && paced.complete() && (half == null || half.complete());
    }

    /**
     * What the machine could do if prison-sync's own work cost nothing: the CPU per event the other parties spent as
     * fast as possible (ElasticMQ, the simulator, the producer) plus the PostgreSQL work the bare loop cannot avoid,
     * over every core. Neither the events/s nor the ratio goal can be met above this line.
     */
    private static String ceiling(Phase fast, Phase bare, double ratio) {
        CpuSplit.Spent others = fast.cpu();
        double msPerEvent = 1000 * ((others.elasticMq() + others.simulator() + others.producer()) / fast.events()
                + bare.cpu().postgres() / bare.events());
        int cores = Runtime.getRuntime().availableProcessors();
        double most = msPerEvent <= 0 ? Double.POSITIVE_INFINITY : cores * 1000 / msPerEvent;
        return String.format("  ceiling, prison-sync free  the others' %.2f ms/event (ElasticMQ, simulator, producer, the"
                + " bare loop's PostgreSQL) on %d cores: at most %,.0f events/s, ratio at most %.2f (measured %.2f)",
                msPerEvent, cores, most, most / bare.rate(), ratio);
    }

    /** What one phase measured. */
    record Phase(int events, double sendSeconds, double seconds, Latencies latencies, Map<String, Long> outcomes,
                 CpuSplit.Spent cpu, long skipped, boolean complete) {
        double rate() {
            return events / seconds;
        }
    }

    /** Publishes the plan on {@link #PRODUCERS} threads, batch by batch in turn (so follow-ups keep their order). */
    private Phase fast(Stream stream, int entities) throws Exception {
        List<Planned> plan = plan(stream, entities, 5_000);
        String queue = config.queue(stream.queue()).queueName();
        clock.begin(plan.size());
        cpu.lap();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(PRODUCERS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                int first = p;
                sent.add(pool.submit(() -> producer(() -> {
                    for (int from = first * 10; from < plan.size(); from += PRODUCERS * 10) {
                        send(stream, queue, plan.subList(from, Math.min(plan.size(), from + 10)));
                    }
                })));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double sendSeconds = (System.nanoTime() - started) / 1e9;
        boolean complete = awaitFinal(plan.size());
        double elapsed = (clock.lastFinishedNanos() - started) / 1e9;
        return new Phase(plan.size(), sendSeconds, elapsed, Latencies.of(clock.latencies()), clock.outcomes(),
                cpu.lap(), 0, complete);
    }

    /** Publishes the plan in batches of ten at {@code perSecond}, on one thread, catching up when it falls behind. */
    private Phase paced(Stream stream, int events, int perSecond) throws Exception {
        List<Planned> plan = plan(stream, events, 2 * perSecond);
        String queue = config.queue(stream.queue()).queueName();
        clock.begin(plan.size());
        cpu.lap();
        long started = System.nanoTime();
        double nanosPerBatch = 1e9 * 10 / perSecond;
        Thread producer = new Thread(() -> producer(() -> {
            for (int batch = 0; batch * 10 < plan.size(); batch++) {
                long due = started + (long) (batch * nanosPerBatch);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                send(stream, queue, plan.subList(batch * 10, Math.min(plan.size(), batch * 10 + 10)));
            }
        }), "paced-producer");
        producer.start();
        producer.join();
        double sendSeconds = (System.nanoTime() - started) / 1e9;
        boolean complete = awaitFinal(plan.size());
        double elapsed = (clock.lastFinishedNanos() - started) / 1e9;
        return new Phase(plan.size(), sendSeconds, elapsed, Latencies.of(clock.latencies()), clock.outcomes(),
                cpu.lap(), 0, complete);
    }

    /** The unavoidable calls of each planned event, in plan order, on as many threads as the queue has consumers. */
    private Phase bare(Stream stream, int entities) throws Exception {
        List<Planned> plan = plan(stream, entities, 5_000);
        AtomicInteger next = new AtomicInteger();
        LongAdder skipped = new LongAdder();
        cpu.lap();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(consumers);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < consumers; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < plan.size(); i = next.getAndIncrement()) {
                        if (!stream.bare(plan.get(i), parties)) {
                            skipped.increment();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Phase(plan.size(), elapsed, elapsed, Latencies.of(new long[0]), Map.of(), cpu.lap(),
                skipped.sum(), true);
    }

    /** Seeds DPS with the stream's entities (untimed) and plans the events; mixed plans about two per visit. */
    private List<Planned> plan(Stream stream, int count, int gap) throws Exception {
        int entities = stream.name().equals("mixed") ? Math.max(1, count / 2) : count;
        List<Seeded> seeded = new ArrayList<>(entities);
        for (int from = 0; from < entities; from += 50_000) {
            seeded.addAll(generate(stream, Math.min(50_000, entities - from)));
        }
        return stream.plan(seeded, gap);
    }

    private List<Seeded> generate(Stream stream, int count) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(simulatorUrl
                        + stream.generatePath())).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString("{\"count\":" + count + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(stream.generatePath() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        List<Map<String, String>> rows = JSON.readValue(response.body(), new TypeReference<>() { });
        String prisonerField = rows.isEmpty() || rows.get(0).containsKey("prisonerId") ? "prisonerId" : "prisonNumber";
        return rows.stream().map(r -> new Seeded(r.get(stream.keyField()), r.get(prisonerField))).toList();
    }

    /** Notes each event's publication, then sends the batch: an outcome can never arrive before its watch starts. */
    private void send(Stream stream, String queue, List<Planned> batch) {
        List<Notification> messages = new ArrayList<>(batch.size());
        for (Planned planned : batch) {
            messages.add(stream.notification(planned));
        }
        long now = System.nanoTime();
        for (Planned planned : batch) {
            clock.published(planned.entity().key(), now);
        }
        MessageQueue queues = service.messageQueue();
        queues.sendAll(queue, messages);
    }

    /** Runs a producer's work and adds the CPU its thread spent to the producer's share. */
    private Void producer(Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadCpuTime();
        try {
            work.run();
        } finally {
            cpu.producerNanos.add(threads.getCurrentThreadCpuTime() - before);
        }
        return null;
    }

    /** Waits until every event has its final outcome; false when none arrived for two minutes. */
    private boolean awaitFinal(int events) throws InterruptedException {
        long seen = -1;
        long lastProgress = System.nanoTime();
        while (clock.finished() < events) {
            Thread.sleep(50);
            long now = clock.finished();
            if (now != seen) {
                seen = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
                log("stalled: %,d of %,d events final after %d s without progress; outcomes %s", now, events,
                        STALL.toSeconds(), clock.outcomes());
                return false;
            }
        }
        return true;
    }

    private Map<String, String> environment(int sqsPort, int simPort, String schema) {
        String sim = "http://127.0.0.1:" + simPort;
        Map<String, String> env = new HashMap<>();
        env.put("PRISON_SYNC_MODE", "production");
        env.put("SERVER_HOST", "127.0.0.1");
        env.put("SERVER_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("SQS_ENDPOINT", "http://127.0.0.1:" + sqsPort);
        env.put("AWS_ACCESS_KEY_ID", "x");
        env.put("AWS_SECRET_ACCESS_KEY", "x");
        env.put("SQS_CREATE_QUEUES", "true");
        env.put("DATABASE_URL", MigrationBenchmark.PG_URL);
        env.put("DATABASE_USERNAME", "postgres");
        env.put("DATABASE_SCHEMA", schema);
        env.put("DATABASE_POOL_SIZE", Integer.toString(2 * consumers + 4));
        env.put("DEFAULT_API_URL", sim);
        env.put("NOMIS_API_URL", sim);
        env.put("HMPPS_AUTH_URL", sim + "/auth/oauth/token");
        env.put("AUTH_ENABLED", "false");
        for (Stream stream : streams) {
            env.put("HMPPS_SQS_QUEUES_" + stream.queue().id().toUpperCase() + "_CONCURRENCY",
                    Integer.toString(consumers));
        }
        // EVENTS_TRAIL=false, SQS_*, API_* and DATABASE_* from the caller's environment weigh their share
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("EVENTS_TRAIL") || k.startsWith("SQS_") || k.startsWith("API_")
                    || k.startsWith("HMPPS_SQS_") || k.startsWith("DATABASE_POOL")) {
                env.put(k, v);
            }
        });
        return env;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
