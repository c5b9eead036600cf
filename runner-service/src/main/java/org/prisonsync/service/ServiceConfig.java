package org.prisonsync.service;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.prisonsync.core.movements.MovementSettings;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.queue.RetryLadder;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.jdbc.JdbcSettings;
import org.prisonsync.service.security.AuthSettings;
import org.prisonsync.sqs.SqsSettings;

/**
 * All configuration, read from environment variables with safe defaults. With nothing set it describes the
 * embedded default: ElasticMQ on 127.0.0.1:9324, the simulator on 127.0.0.1:8090, H2 in ./data, the service on
 * 127.0.0.1:8080 — fixed addresses, so a CLI started beside the service acts on the same queues, database and
 * simulator. Setting {@code SQS_ENDPOINT}/{@code AWS_REGION}, {@code DATABASE_URL} and the API URLs points the same
 * code at AWS, PostgreSQL and the real services.
 */
public record ServiceConfig(Map<String, String> env, boolean embedded, String host, int port,
                            List<QueueDefinition> queues, QueueDefinition toNomisVisits,
                            QueueDefinition fromNomisVisits, QueueDefinition movements, QueueDefinition migrationVisits,
                            QueueDefinition alertsToNomis, QueueDefinition alertsFromNomis,
                            SqsSettings sqs, JdbcSettings jdbc, HttpSettings http,
                            boolean simulatorEnabled, int simulatorPort, int embeddedSqsPort,
                            Duration demoTrafficInterval, Duration claimLease, double chaosMappingSaveFailureRate,
                            MovementSettings movementSettings, Duration housekeepingInterval,
                            Duration alertsReconciliationInterval, boolean authEnabled,
                            AuthSettings auth, String version) {

    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_SQS_PORT = 9324;
    public static final int DEFAULT_SIMULATOR_PORT = 8090;

    public ServiceConfig {
        env = Map.copyOf(env);
        if (claimLease != null && http != null && claimLease.compareTo(http.readTimeout()) <= 0) {
            // A claim must outlive the slowest write it protects, or a second consumer could resume mid-write.
            throw new IllegalArgumentException("SYNC_CLAIM_LEASE_SECONDS (" + claimLease.toSeconds()
                    + " s) must be longer than API_TIMEOUT_MS (" + http.readTimeout().toMillis() + " ms)");
        }
        queues = List.copyOf(queues);
        Objects.requireNonNull(sqs, "sqs");
        Objects.requireNonNull(jdbc, "jdbc");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(auth, "auth");
    }

    public static ServiceConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static ServiceConfig from(Map<String, String> env) {
        Settings s = new Settings(env);
        boolean embedded = !"production".equalsIgnoreCase(s.get("PRISON_SYNC_MODE", "embedded"));
        int sqsPort = s.integer("EMBEDDED_SQS_PORT", DEFAULT_SQS_PORT);
        int simulatorPort = s.integer("SIMULATOR_PORT", DEFAULT_SIMULATOR_PORT);
        String simulatorUrl = "http://127.0.0.1:" + simulatorPort;

        RetryLadder defaultLadder = RetryLadder.parse(s.get("HMPPS_SQS_DEFAULT_ERROR_VISIBILITY_TIMEOUT",
                "1, 10, 60, 600"));
        QueueDefinition toNomis = queue(s, "tonomisvisits", "prison-sync-to-nomis-visits", defaultLadder);
        QueueDefinition fromNomis = queue(s, "fromnomisvisits", "prison-sync-from-nomis-visits", defaultLadder);
        // The reconciliation queue: NOMIS movement events and the DPS received/released events they pair with.
        QueueDefinition movements = queue(s, "movements", "prison-sync-movements", defaultLadder);
        // Migration commands: upstream retries a failed entity every second and counts failures at the end.
        QueueDefinition migrationVisits = queue(s, "migrationvisits", "prison-sync-migration-visits",
                RetryLadder.parse("1, 1, 1, 1"));
        // Alerts: DPS person.alert.* events to NOMIS; NOMIS ALERT-* and the prisoner-level events (ADR004) to DPS.
        QueueDefinition alertsToNomis = queue(s, "alertstonomis", "prison-sync-to-nomis-alerts", defaultLadder);
        QueueDefinition alertsFromNomis = queue(s, "alertsfromnomis", "prison-sync-from-nomis-alerts", defaultLadder);
        List<QueueDefinition> queues = List.of(toNomis, fromNomis, movements, migrationVisits, alertsToNomis,
                alertsFromNomis);

        String sqsEndpoint = s.get("SQS_ENDPOINT", embedded ? "http://127.0.0.1:" + sqsPort : "");
        SqsSettings sqs = new SqsSettings(sqsEndpoint.isBlank() ? null : URI.create(sqsEndpoint),
                s.get("AWS_REGION", "eu-west-2"),
                s.get("AWS_ACCESS_KEY_ID", embedded ? "x" : null),
                s.get("AWS_SECRET_ACCESS_KEY", embedded ? "x" : null),
                queues,
                Duration.ofSeconds(s.integer("SQS_WAIT_TIME_SECONDS", embedded ? 1 : 20)),
                s.integer("SQS_VISIBILITY_TIMEOUT_SECONDS", 30));

        JdbcSettings jdbc = s.has("DATABASE_URL")
                ? new JdbcSettings(s.get("DATABASE_URL", null), s.get("DATABASE_USERNAME", "postgres"),
                        s.get("DATABASE_PASSWORD", ""), s.integer("DATABASE_POOL_SIZE", 10),
                        s.get("DATABASE_SCHEMA", null))
                : JdbcSettings.h2File(Path.of(s.get("PRISON_SYNC_DATA_DIR", "data"), "prison-sync"));

        // Each API at its <ID>_API_URL (NOMIS_API_URL, VISITS_API_URL, …), any other at DEFAULT_API_URL.
        String tokenUrl = s.get("HMPPS_AUTH_URL", embedded ? simulatorUrl + "/auth/oauth/token" : null);
        HttpSettings http = new HttpSettings(s.get(HttpSettings.DEFAULT_API_URL, simulatorUrl),
                HttpSettings.apiUrlsFrom(env), tokenUrl,
                s.get("SYSTEM_CLIENT_ID", "prison-sync"), s.get("SYSTEM_CLIENT_SECRET", "embedded"),
                Duration.ofMillis(s.integer("API_CONNECT_TIMEOUT_MS", 2000)),
                Duration.ofMillis(s.integer("API_TIMEOUT_MS", 10_000)),
                s.integer("API_MAX_IDLE_CONNECTIONS", 32), s.integer("API_MAX_REQUESTS_PER_HOST", 64),
                Duration.ofSeconds(s.integer("API_IDLE_CONNECTION_TIMEOUT_SECONDS", 10)));

        return new ServiceConfig(env, embedded, s.get("SERVER_HOST", embedded ? "127.0.0.1" : "0.0.0.0"),
                s.integer("SERVER_PORT", DEFAULT_PORT), queues, toNomis, fromNomis, movements, migrationVisits, alertsToNomis,
                alertsFromNomis, sqs, jdbc,
                http,
                embedded && s.bool("SIMULATOR_ENABLED", true), simulatorPort, sqsPort,
                Duration.ofMillis(s.integer("DEMO_TRAFFIC_INTERVAL_MS", embedded ? 3000 : 0)),
                Duration.ofSeconds(s.integer("SYNC_CLAIM_LEASE_SECONDS", 30)),
                Double.parseDouble(s.get("CHAOS_MAPPING_SAVE_FAILURE_RATE", "0")),
                MovementSettings.DEFAULTS.withPurgeAfter(Period.ofMonths(s.integer("MOVEMENTS_PURGE_AFTER_MONTHS", 6))),
                Duration.ofMinutes(s.integer("MOVEMENTS_HOUSEKEEPING_INTERVAL_MINUTES", 120)),
                Duration.ofMinutes(s.integer("ALERTS_RECONCILIATION_INTERVAL_MINUTES", 1440)),
                s.bool("AUTH_ENABLED", !embedded),
                // The simulator names its tokens' issuer after its URL, as HMPPS auth does (…/auth/issuer).
                new AuthSettings(s.get("AUTH_JWKS_URL", simulatorUrl + "/auth/.well-known/jwks.json"),
                        s.get("AUTH_ISSUER", simulatorUrl + "/auth/issuer"),
                        Duration.ofSeconds(s.integer("AUTH_CLOCK_SKEW_SECONDS",
                                (int) AuthSettings.DEFAULT_CLOCK_SKEW.toSeconds()))),
                s.get("BUILD_VERSION", ServiceConfig.class.getPackage().getImplementationVersion() == null
                        ? "dev" : ServiceConfig.class.getPackage().getImplementationVersion()));
    }

    /** A queue from {@code HMPPS_SQS_QUEUES_<ID>_*} variables, named as upstream's relaxed binding names them. */
    private static QueueDefinition queue(Settings s, String id, String defaultName, RetryLadder defaultLadder) {
        String prefix = "HMPPS_SQS_QUEUES_" + id.toUpperCase(Locale.ROOT) + "_";
        String name = s.get(prefix + "QUEUE_NAME", defaultName);
        return new QueueDefinition(id, name, s.get(prefix + "DLQ_NAME", name + "-dlq"),
                s.integer(prefix + "DLQ_MAX_RECEIVE_COUNT", QueueDefinition.DEFAULT_MAX_RECEIVE_COUNT),
                s.has(prefix + "ERROR_VISIBILITY_TIMEOUT")
                        ? RetryLadder.parse(s.get(prefix + "ERROR_VISIBILITY_TIMEOUT", null)) : defaultLadder,
                java.util.Map.of(), s.integer(prefix + "CONCURRENCY", QueueDefinition.DEFAULT_CONCURRENCY));
    }

    /** Typed reads of the environment, failing with the variable's name on a bad value. */
    private record Settings(Map<String, String> env) {
        boolean has(String key) {
            String v = env.get(key);
            return v != null && !v.isBlank();
        }

        String get(String key, String fallback) {
            return has(key) ? env.get(key).trim() : fallback;
        }

        int integer(String key, int fallback) {
            if (!has(key)) {
                return fallback;
            }
            try {
                return Integer.parseInt(env.get(key).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a whole number, was '" + env.get(key) + "'");
            }
        }

        boolean bool(String key, boolean fallback) {
            return has(key) ? Boolean.parseBoolean(env.get(key).trim()) : fallback;
        }
    }
}
