package org.prisonsync.service.benchmark;

import org.prisonsync.core.testing.LoopbackPorts;
import org.prisonsync.core.visits.VisitsDomain;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prisonsync.core.migration.MigrationRun;
import org.prisonsync.core.migration.MigrationStatus;
import org.prisonsync.core.migration.StartResult;
import org.prisonsync.core.visits.VisitRoomMapping;
import org.prisonsync.core.visits.VisitRoomMappings;
import org.prisonsync.core.visits.VisitsMigrationFilter;
import org.prisonsync.core.visits.VisitsNomisApi;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.visits.VisitsHttp;
import org.prisonsync.service.PrisonSyncService;
import org.prisonsync.service.ServiceConfig;
import org.prisonsync.simulator.visits.VisitGenerator;
import org.prisonsync.sqs.SqsAdapters;
import org.prisonsync.sqs.SqsQueueProvisioner;
import okhttp3.OkHttpClient;

/**
 * The visits migration benchmark (not part of the test suite). ElasticMQ and the simulator run in a child JVM
 * ({@link BenchmarkUpstream}); the service runs in this JVM on PostgreSQL (a schema per run, dropped after), so the
 * heap sampled here is the service's. After a warm-up of both paths it measures, in one run, the "bare calls"
 * baseline (NOMIS GET, DPS POST, mapping insert per visit at the same concurrency, no queue) and the engine
 * migrating {@code args[0]} visits (default 200,000) over SQS to COMPLETED, and prints the figures.
 *
 * <p>Run it as docs/benchmarks.md says (exec:exec with -Xmx256m, so the service proves it fits in 256 MB).
 */
public final class MigrationBenchmark {
    static final String PG_URL = System.getProperty("prisonsync.bench.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> PRISONS = List.of("MDI", "LEI", "BXI", "WWI");

    private final int count;
    private final int concurrency;
    private final int warmup;

    MigrationBenchmark(int count, int concurrency, int warmup) {
        this.count = count;
        this.concurrency = concurrency;
        this.warmup = warmup;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : Math.min(60_000, Math.max(5_000, count / 3));
        new MigrationBenchmark(count, concurrency, warmup).run();
        System.exit(0);
    }

    void run() throws Exception {
        if (!Boolean.getBoolean("bench.telemetryLogs")) {
            // A log line per entity event at thousands a second would measure the console; metrics still count them.
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("telemetry"))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
        }
        int sqsPort = LoopbackPorts.next();
        int simPort = LoopbackPorts.next();
        String schema = "migration_bench_" + UUID.randomUUID().toString().substring(0, 8);
        Process upstream = startUpstream(sqsPort, simPort);
        PrisonSyncService service = null;
        try (HeapSampler heap = new HeapSampler()) {
            Map<String, String> env = environment(sqsPort, simPort, schema);
            CpuMeter cpu = new CpuMeter(upstream, PG_URL, schema);
            ServiceConfig config = ServiceConfig.from(env);
            service = PrisonSyncService.start(config);
            String sim = "http://127.0.0.1:" + simPort;
            OkHttpClient okHttp = HttpAdapters.client(config.http());
            VisitsNomisApi nomis = VisitsHttp.visitsNomisApi(okHttp, config.http());
            BareCalls bare = new BareCalls(nomis, VisitsHttp.visitsDpsApi(okHttp, config.http()),
                    service.core().mappings(), mapRooms(
                            service.core().domain(VisitsDomain.class).migration().roomMappings()));

            log("generating %,d + %,d (warm-up) + %,d (baseline) NOMIS visits", count, 2 * warmup, count);
            generate(sim, warmup, 1, List.of("WUA"));
            generate(sim, warmup, 2, List.of("WUB"));
            generate(sim, count, 3, List.of("BAR"));
            generate(sim, count, 4, PRISONS);
            if (TRAIL_COMPARE) {
                for (int i = 0; i < TRAIL_PRISONS.size(); i++) {
                    generate(sim, count / TRAIL_PRISONS.size(), 5 + i, List.of(TRAIL_PRISONS.get(i)));
                }
            }

            log("warm-up: engine %,d visits, bare calls %,d visits", warmup, warmup);
            Figures warmEngine = engine(service, List.of("WUA"), heap);
            long warmBare = bare.run(ids(nomis, List.of("WUB")), concurrency, "bare-warmup");
            log("warm-up done: engine %.0f/s, bare %.0f/s", warmEngine.rate(), warmup / (warmBare / 1e9));

            // what the idle pollers (one long poll per queue at a time) and ElasticMQ answering them cost, per second
            CpuMeter.Snapshot idleStart = cpu.snapshot();
            Thread.sleep(5_000);
            log("idle (nothing to migrate), CPU per second: %s", cpu.snapshot().perItem(idleStart, 5));
            List<Long> bareIds = ids(nomis, List.of("BAR"));
            log("measuring bare calls (%,d visits, %d threads)", bareIds.size(), concurrency);
            bare.breakdown(warmup);
            CpuMeter.Snapshot bareStart = cpu.snapshot();
            double bareRate = bareIds.size() / (bare.run(bareIds, concurrency, "bare") / 1e9);
            String bareCpu = cpu.snapshot().perItem(bareStart, bareIds.size());
            log("bare calls: %.0f visits/s; per visit %s; CPU per visit %s", bareRate,
                    bare.breakdown(bareIds.size()), bareCpu);
            log("measuring the engine (%,d visits, %d consumers)", count, concurrency);
            CpuMeter.Snapshot engineStart = cpu.snapshot();
            Figures measured = engine(service, PRISONS, heap);
            String engineCpu = cpu.snapshot().perItem(engineStart, measured.migrated());
            print(measured, bareRate);
            System.out.printf("""
                      CPU per visit, bare calls         %s
                      CPU per visit, engine             %s (to COMPLETED)
                    """, bareCpu, engineCpu);
            if (TRAIL_COMPARE) {
                compareTrail(service, heap);
            }
        } finally {
            if (service != null) {
                service.close();
            }
            upstream.getOutputStream().close();
            upstream.waitFor();
            dropSchema(schema);
        }
    }

    /** With -Dbench.trail=compare: after the main figures, the event trail's cost in the same process. */
    static final boolean TRAIL_COMPARE = "compare".equals(System.getProperty("bench.trail"));
    /** Off, on, off, on: alternating cancels the drift of a growing mapping table between runs. */
    private static final List<String> TRAIL_PRISONS = List.of("TA1", "TB1", "TA2", "TB2");

    private void compareTrail(PrisonSyncService service, HeapSampler heap) throws InterruptedException {
        double[] seconds = new double[2];
        long[] migrated = new long[2];
        for (int i = 0; i < TRAIL_PRISONS.size(); i++) {
            boolean on = i % 2 == 1;
            service.trail().recording(on);
            log("trail %s: migrating %s", on ? "on" : "off", TRAIL_PRISONS.get(i));
            Figures f = engine(service, List.of(TRAIL_PRISONS.get(i)), heap);
            seconds[on ? 1 : 0] += f.toLastMapping();
            migrated[on ? 1 : 0] += f.migrated();
        }
        service.trail().recording(true);
        double off = migrated[0] / seconds[0];
        double with = migrated[1] / seconds[1];
        System.out.printf("""

                event trail cost (same process; runs alternated off, on, off, on; %,d visits each)
                  engine visits/s, trail off        %.0f
                  engine visits/s, trail on         %.0f
                  ratio on / off                    %.3f (goal >= 0.95)
                  trail written / dropped / failed  %,d / %,d / %,d
                """, count / TRAIL_PRISONS.size(), off, with, with / off, service.trail().stats().written(),
                service.trail().stats().dropped(), service.trail().stats().failed());
    }

    /** One engine run to COMPLETED: when every visit was mapped, when the run completed, peak heap. */
    record Figures(long migrated, long failed, double toLastMapping, double toCompleted, long peakHeapMb,
                   String gc, String status) {
        double rate() {
            return migrated / toLastMapping;
        }
    }

    private Figures engine(PrisonSyncService service, List<String> prisons, HeapSampler heap)
            throws InterruptedException {
        VisitsMigrationFilter filter = new VisitsMigrationFilter(prisons, List.of("SCON", "OFFI"), null, null, false);
        heap.reset();
        long started = System.nanoTime();
        StartResult result = service.core().migrations().start(service.core().domain(VisitsDomain.class).migration(), filter);
        if (!(result instanceof StartResult.Started s)) {
            throw new IllegalStateException("migration not started: " + result);
        }
        String id = s.context().migrationId();
        long estimate = s.context().estimatedCount();
        long lastMapping = 0;
        long mapped = 0;
        while (true) {
            Thread.sleep(500);
            MigrationRun run = service.core().migrations().run(id).orElseThrow();
            if (mapped < estimate) {
                mapped = service.core().mappings().countByLabel("VISIT", id);
                lastMapping = System.nanoTime();
                log("  %,d / %,d migrated (%.0f/s)", mapped, estimate, mapped / ((lastMapping - started) / 1e9));
            }
            if (!run.active()) {
                double total = (System.nanoTime() - started) / 1e9;
                return new Figures(run.migratedCount(), run.failedCount(), (lastMapping - started) / 1e9, total,
                        heap.peakMb(), HeapSampler.gcSummary(), run.status().name());
            }
        }
    }

    private void print(Figures f, double bareRate) {
        System.out.printf("""

                visits migration benchmark (%d cores, %d consumers, service heap max %d MB)
                  visits migrated / failed          %,d / %,d (%s)
                  seconds to the last mapping       %.1f
                  seconds to COMPLETED              %.1f (includes the completion checks)
                  engine visits/s                   %.0f
                  bare calls visits/s               %.0f
                  ratio engine / bare               %.2f
                  peak service heap (100 ms)        %d MB
                  GC so far                         %s
                """, Runtime.getRuntime().availableProcessors(), concurrency, HeapSampler.maxHeapMb(), f.migrated(),
                f.failed(), f.status(), f.toLastMapping(), f.toCompleted(), f.rate(), bareRate, f.rate() / bareRate,
                f.peakHeapMb(), f.gc());
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
        // No SQS_WAIT_TIME_SECONDS: production's 20 s long polls. At 1 s each of the nineteen idle queues' pollers
        // sends a receive a second (signed by the SDK, answered by ElasticMQ): 170-300 ms of CPU a second between
        // the two JVMs with nothing to do, against 40-140 ms at 20 s (the "idle" line, on the loaded 2-core machine),
        // a cost that grew with every domain's queue. SQS_WAIT_TIME_SECONDS=1 brings the old setting back.
        env.put("SQS_CREATE_QUEUES", "true");
        // the application name finds the service's PostgreSQL backends, whose CPU the benchmark reports
        env.put("DATABASE_URL", PG_URL + (PG_URL.contains("?") ? "&" : "?") + "ApplicationName=" + schema);
        env.put("DATABASE_USERNAME", "postgres");
        env.put("DATABASE_SCHEMA", schema);
        env.put("DATABASE_POOL_SIZE", Integer.toString(Math.max(10, concurrency + 2)));
        env.put("NOMIS_API_URL", sim);
        env.put("VISITS_API_URL", sim);
        env.put("DEFAULT_API_URL", sim); // the alerts and Prison APIs: the simulator serves them too
        env.put("HMPPS_AUTH_URL", sim + "/auth/oauth/token");
        env.put("AUTH_ENABLED", "false");
        env.put("HMPPS_SQS_QUEUES_MIGRATIONVISITS_CONCURRENCY", Integer.toString(concurrency));
        // Upstream's checks (10 s delay, 10 checks 1 s apart) would add ~20 s to every run; these add ~3 s.
        env.put("MIGRATION_COMPLETE_CHECK_DELAY_MS", "2000");
        env.put("MIGRATION_COMPLETE_CHECK_RETRY_MS", "500");
        env.put("MIGRATION_COMPLETE_CHECK_SCHEDULED_RETRY_MS", "1000");
        env.put("MIGRATION_COMPLETE_CHECK_COUNT", "4");
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("MIGRATION_") || k.startsWith("HMPPS_SQS_") || k.equals("SQS_WAIT_TIME_SECONDS")) {
                env.put(k, v);
            }
        });
        return env;
    }

    private static Map<String, VisitRoomMapping> mapRooms(VisitRoomMappings rooms) {
        Map<String, VisitRoomMapping> all = new HashMap<>();
        List<String> prisons = new ArrayList<>(PRISONS);
        prisons.addAll(List.of("WUA", "WUB", "BAR"));
        prisons.addAll(TRAIL_PRISONS);
        for (String prison : prisons) {
            for (String room : VisitGenerator.rooms(prison)) {
                VisitRoomMapping mapping = new VisitRoomMapping(prison, room, "dps-" + room, !room.endsWith("CLOSED"));
                rooms.create(mapping);
                all.put(room, mapping);
            }
        }
        return all;
    }

    private static List<Long> ids(VisitsNomisApi nomis, List<String> prisons) {
        VisitsMigrationFilter filter = new VisitsMigrationFilter(prisons, List.of("SCON", "OFFI"), null, null, false);
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Long> found = nomis.findVisitIds(filter, page, 1000).visitIds();
            if (found.isEmpty()) {
                return ids;
            }
            ids.addAll(found);
        }
    }

    private static void generate(String sim, int visits, long seed, List<String> prisons) throws Exception {
        String body = JSON.writeValueAsString(Map.of("count", visits, "seed", seed, "prisonIds", prisons));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sim
                        + "/simulator/nomis/visits/generate")).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("generate answered " + response.statusCode() + ": " + response.body());
        }
    }

    static Process startUpstream(int sqsPort, int simPort) throws IOException {
        return startUpstream(Integer.toString(sqsPort), Integer.toString(simPort));
    }

    /** The upstream JVM with ElasticMQ on {@code sqsPort} and the simulator on {@code simPort}; {@code -} leaves one out. */
    static Process startUpstream(String sqsPort, String simPort) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
        // JVM options for that side, apart by spaces or commas: -Dbench.upstreamJvmArgs=-XX:StartFlightRecording=...
        String extra = System.getProperty("bench.upstreamJvmArgs", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("[\\s,]+(?=-)")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchmarkUpstream.class.getName(),
                sqsPort, simPort));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(Path.of(System.getProperty("java.io.tmpdir"),
                        "migration-bench-upstream.log").toFile()))
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.contains("READY")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "upstream-out");
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new IllegalStateException("the upstream JVM ended before it was ready");
    }

    static void dropSchema(String schema) {
        try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
            c.createStatement().execute("drop schema if exists " + schema + " cascade");
        } catch (Exception e) {
            log("could not drop schema %s: %s", schema, e.getMessage());
        }
    }


    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
