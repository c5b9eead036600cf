package org.prisonsync.service;

import org.prisonsync.core.testing.LoopbackPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.core.visits.DpsVisit;

/** Starts services on free loopback ports with their data in a temporary folder, and waits for conditions. */
public final class ServiceFixture {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServiceFixture() {
    }

    /** The embedded default, on free ports, quick retries, no demo traffic. */
    public static Map<String, String> embeddedEnv(Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("EMBEDDED_SQS_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("SIMULATOR_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("PRISON_SYNC_DATA_DIR", dataDir.toString());
        env.put("DEMO_TRAFFIC_INTERVAL_MS", "0");
        env.put("HMPPS_SQS_DEFAULT_ERROR_VISIBILITY_TIMEOUT", "1");
        env.put("API_TIMEOUT_MS", "3000");
        return env;
    }

    /** A service on the embedded default ({@link #embeddedEnv}) without demo prisoners, its telemetry also to {@code sink}. */
    static PrisonSyncService startEmbedded(Path dataDir, Telemetry sink) {
        Map<String, String> env = embeddedEnv(dataDir);
        env.put("DEMO_PRISONERS", "false");
        return PrisonSyncService.start(ServiceConfig.from(env), sink);
    }

    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    /**
     * The embedded default on PostgreSQL in {@code schema}: skipped (an assumption) when PostgreSQL is not reachable
     * outside CI, a failure with {@code CI=true}.
     */
    static Map<String, String> embeddedOnPostgres(Path dataDir, String schema) {
        boolean reachable;
        try (java.sql.Connection ignored = java.sql.DriverManager.getConnection(PG_URL, "postgres", "")) {
            reachable = true;
        } catch (Exception e) {
            reachable = false;
        }
        if (!reachable && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("PostgreSQL on 127.0.0.1:5432 is required when CI=true");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(reachable, "PostgreSQL not reachable; skipping outside CI");
        Map<String, String> env = embeddedEnv(dataDir);
        env.put("DATABASE_URL", PG_URL);
        env.put("DATABASE_USERNAME", "postgres");
        env.put("DATABASE_SCHEMA", schema);
        return env;
    }

    /** Drops a schema an interrupted earlier run left; nothing when PostgreSQL is not reachable (the test skips). */
    static void dropSchemaIfReachable(String schema) {
        try {
            dropSchema(schema);
        } catch (java.sql.SQLException e) {
            // not reachable: embeddedOnPostgres decides whether that skips or fails the test
        }
    }

    static void dropSchema(String schema) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(PG_URL, "postgres", "")) {
            c.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }

    /** A second instance on the first one's queues, database and simulator, as production instances share AWS. */
    static Map<String, String> secondInstanceEnv(Map<String, String> first, Path dataDir) {
        Map<String, String> env = new HashMap<>(first);
        String simulator = "http://127.0.0.1:" + first.get("SIMULATOR_PORT");
        env.put("PRISON_SYNC_MODE", "production");
        env.put("SERVER_HOST", "127.0.0.1");
        env.put("SERVER_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("SQS_ENDPOINT", "http://127.0.0.1:" + first.get("EMBEDDED_SQS_PORT"));
        env.put("AWS_ACCESS_KEY_ID", "x");
        env.put("AWS_SECRET_ACCESS_KEY", "x");
        env.put("SQS_WAIT_TIME_SECONDS", "1");
        env.put("DATABASE_URL", org.prisonsync.jdbc.JdbcSettings.h2File(dataDir.resolve("prison-sync")).url());
        env.put("DATABASE_USERNAME", "sa");
        env.put("NOMIS_API_URL", simulator);
        env.put("VISITS_API_URL", simulator);
        env.put("DEFAULT_API_URL", simulator);
        env.put("HMPPS_AUTH_URL", simulator + "/auth/oauth/token");
        return env;
    }


    /** Waits until no queue of the service holds a message, visible or in flight (retries included). */
    static void awaitQuiet(PrisonSyncService service) {
        await("quiet queues", Duration.ofSeconds(90), () -> service.core().queueAdmin().status()
                .stream().allMatch(q -> q.messagesOnQueue() == 0 && q.messagesInFlight() == 0));
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    static DpsVisit dpsVisit(String reference, int prisoner) {
        LocalDateTime start = LocalDateTime.now().plusDays(3 + prisoner % 20).withHour(14).withMinute(0)
                .withSecond(0).withNano(0);
        return new DpsVisit(reference, String.format("A%04dBC", prisoner), "MDI", "Visits Main Hall", "SOCIAL",
                "BOOKED", null, "OPEN", start, start.plusHours(1), List.of(4729570L, 4729580L), null);
    }

    /** A token from the embedded simulator (the auth server of the embedded default) with the given roles. */
    static String simulatorToken(PrisonSyncService service, String roles) {
        String basic = java.util.Base64.getEncoder().encodeToString("operator:secret".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(service.simulator().orElseThrow().tokenUrl()))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&roles=" + roles)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("the simulator refused a token: " + response.body());
            }
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("access_token")
                    .asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The failure reason of each message on the queue's DLQ, read through the service's queue-admin API. */
    static List<String> dlqReasons(PrisonSyncService service, QueueDefinition queue) {
        HttpResponse<String> response = http("GET", "http://127.0.0.1:" + service.port()
                + "/queue-admin/get-dlq-messages/" + queue.dlqName());
        try {
            List<String> reasons = new java.util.ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("messages")
                    .forEach(m -> reasons.add(m.get("failureReason").asText()));
            return reasons;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<String> http(String method, String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code method url} with a JSON body. */
    static HttpResponse<String> http(String method, String url, String json) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
