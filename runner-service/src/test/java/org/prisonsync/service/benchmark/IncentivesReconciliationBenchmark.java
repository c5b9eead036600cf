package org.prisonsync.service.benchmark;

import org.prisonsync.core.testing.LoopbackPorts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import org.prisonsync.core.incentives.IncentivesDpsApi;
import org.prisonsync.core.incentives.IncentivesNomisApi;
import org.prisonsync.core.prisoners.ActivePrisoner;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.incentives.IncentivesHttp;
import org.prisonsync.http.prisoners.PrisonersHttp;
import org.prisonsync.service.PrisonSyncService;
import org.prisonsync.service.ServiceConfig;

/**
 * Issue 11, done-when 5: reconciles {@code args[0]} prisoners' incentives (default 100,000) against the simulator
 * over HTTP — the service in production mode on PostgreSQL, the simulator and ElasticMQ in a JVM of their own — and
 * prints the seconds of a cold and a warm run against a baseline in the same run: the same GETs (active-prisoner
 * pages, each prisoner's NOMIS current IEP and DPS current review) in a bare loop at the same concurrency, with no
 * engine, no comparison and no persistence. Exits 1 when the run does not report exactly the planted mismatches.
 *
 * <p>Run it as docs/benchmarks.md says.
 */
public final class IncentivesReconciliationBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private IncentivesReconciliationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int planted = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("telemetry"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int sqsPort = LoopbackPorts.next();
        int simPort = LoopbackPorts.next();
        String schema = "incentives_bench_" + UUID.randomUUID().toString().substring(0, 8);
        Process upstream = MigrationBenchmark.startUpstream(sqsPort, simPort);
        PrisonSyncService service = null;
        int exit = 1;
        try {
            String sim = "http://127.0.0.1:" + simPort;
            ServiceConfig config = ServiceConfig.from(environment(sqsPort, sim, schema));
            service = PrisonSyncService.start(config);
            log("generating %,d prisoners with %,d planted mismatches", count, planted);
            JsonNode generated = generate(sim, count, planted);
            int settingsInFlight = Integer.parseInt(config.env().getOrDefault(
                    "INCENTIVES_RECONCILIATION_MAX_IN_FLIGHT", "16"));
            int pageSize = Integer.parseInt(config.env().getOrDefault("INCENTIVES_RECONCILIATION_PAGE_SIZE", "500"));

            CpuClock cpu = new CpuClock(upstream);
            ReconciliationRun cold = timed(service, "cold run");
            CpuClock.Spent coldCpu = cpu.lap();
            ReconciliationRun warm = timed(service, "warm run");
            CpuClock.Spent warmCpu = cpu.lap();
            double bare = bareLoop(config, settingsInFlight, pageSize);
            CpuClock.Spent bareCpu = cpu.lap();
            double coldSeconds = seconds(cold);
            double warmSeconds = seconds(warm);
            System.out.printf("""

                    incentives reconciliation benchmark (%d cores, %d checks in flight, pages of %d)
                      prisoners checked (cold / warm)    %,d / %,d
                      mismatches reported / planted      %,d / %,d
                      seconds, cold run (first)          %.1f
                      seconds, warm run                  %.1f  (goal <= 30)
                      seconds, bare GET loop             %.1f
                      ratio warm run / bare loop         %.2f
                      ratio cold run / bare loop         %.2f
                      prisoners/s, warm run              %,.0f
                      CPU seconds, service / simulator   cold %s, warm %s, bare %s
                    """, Runtime.getRuntime().availableProcessors(), settingsInFlight, pageSize, cold.checked(),
                    warm.checked(), warm.mismatchCount(), generated.get("mismatches").size(), coldSeconds,
                    warmSeconds, bare, warmSeconds / bare, coldSeconds / bare, warm.checked() / warmSeconds,
                    coldCpu, warmCpu, bareCpu);
            boolean exact = warm.mismatchCount() == generated.get("mismatches").size() && warm.checked() >= count
                    && warm.itemErrors() == 0 && warm.pageErrors() == 0;
            if (!exact) {
                log("FAILED: the warm run is not exactly the planted mismatches: %s", warm);
            }
            exit = exact ? 0 : 1;
        } finally {
            if (service != null) {
                service.close();
            }
            upstream.getOutputStream().close();
            upstream.waitFor();
            MigrationBenchmark.dropSchema(schema);
        }
        System.exit(exit);
    }

    private static ReconciliationRun timed(PrisonSyncService service, String what) {
        log("%s ...", what);
        ReconciliationRun run = service.core().reconciliations().run("incentives", ReconciliationParameters.none());
        log("%s: %s, %.1f s", what, run.status(), seconds(run));
        return run;
    }

    private static double seconds(ReconciliationRun run) {
        return Duration.between(run.startedAt(), run.endedAt()).toMillis() / 1000.0;
    }

    /** The same reads as the reconciliation, as fast as a plain loop on as many threads can make them. */
    private static double bareLoop(ServiceConfig config, int threads, int pageSize) throws Exception {
        OkHttpClient client = HttpAdapters.client(config.http());
        ActivePrisoners active = PrisonersHttp.activePrisoners(client, config.http());
        IncentivesNomisApi nomis = IncentivesHttp.incentivesNomisApi(client, config.http());
        IncentivesDpsApi dps = IncentivesHttp.incentivesDpsApi(client, config.http());
        long started = System.nanoTime();
        long total = active.page(0, 1).total();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong read = new AtomicLong();
        try {
            for (int page = 0; (long) page * pageSize < total; page++) {
                List<ActivePrisoner> prisoners = active.page(page, pageSize).prisoners();
                List<Future<?>> done = new ArrayList<>();
                int slice = Math.max(1, prisoners.size() / threads);
                for (int from = 0; from < prisoners.size(); from += slice) {
                    List<ActivePrisoner> part = prisoners.subList(from, Math.min(prisoners.size(), from + slice));
                    done.add(pool.submit(() -> part.forEach(p -> {
                        nomis.currentIncentive(p.bookingId());
                        dps.currentReview(p.offenderNo());
                        read.incrementAndGet();
                    })));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log("bare loop: %,d prisoners in %.1f s", read.get(), seconds);
        return seconds;
    }

    private static Map<String, String> environment(int sqsPort, String sim, String schema) {
        Map<String, String> env = new HashMap<>();
        env.put("PRISON_SYNC_MODE", "production");
        env.put("SERVER_HOST", "127.0.0.1");
        env.put("SERVER_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("SQS_ENDPOINT", "http://127.0.0.1:" + sqsPort);
        env.put("AWS_ACCESS_KEY_ID", "x");
        env.put("AWS_SECRET_ACCESS_KEY", "x");
        // No SQS_WAIT_TIME_SECONDS: production's 20 s long polls. At 1 s, the seven idle queue pollers and
        // ElasticMQ took about 5% of each JVM's samples during the run (receives, request signing and their JIT).
        env.put("SQS_CREATE_QUEUES", "true");
        env.put("DATABASE_URL", MigrationBenchmark.PG_URL);
        env.put("DATABASE_USERNAME", "postgres");
        env.put("DATABASE_SCHEMA", schema);
        env.put("DEFAULT_API_URL", sim);
        env.put("HMPPS_AUTH_URL", sim + "/auth/oauth/token");
        env.put("AUTH_ENABLED", "false");
        env.put("JOB_INCENTIVES_RECONCILIATION_SCHEDULE", "off");
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("INCENTIVES_RECONCILIATION_") || k.startsWith("API_")) {
                env.put(k, v);
            }
        });
        return env;
    }

    private static JsonNode generate(String sim, int count, int mismatches) throws Exception {
        String body = JSON.writeValueAsString(Map.of("count", count, "seed", 1, "mismatches", mismatches));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sim
                        + "/simulator/incentives/generate")).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("generate answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
