package org.prisonsync.wiring;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.queue.RetryLadder;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.jdbc.JdbcSettings;
import org.prisonsync.sqs.SqsSettings;

/**
 * What both runners need to reach the queues, the database and the APIs, read from environment variables with safe
 * defaults. With nothing set it describes the embedded default: ElasticMQ on 127.0.0.1:9324, the simulator on
 * 127.0.0.1:8090, H2 in ./data — fixed addresses, so a CLI started beside the service acts on the same queues,
 * database and simulator. Setting {@code SQS_ENDPOINT}/{@code AWS_REGION}, {@code DATABASE_URL} and the API URLs
 * points the same code at AWS, PostgreSQL and the real services. Which queues there are is the installed domains'
 * declaration ({@link #queue(QueueSpec)}); this record names no domain.
 */
public record PrisonSyncConfig(Map<String, String> env, boolean embedded, RetryLadder defaultLadder, SqsSettings sqs,
                               boolean createQueues, JdbcSettings jdbc, HttpSettings http, int simulatorPort,
                               int embeddedSqsPort, Duration claimLease, double chaosMappingSaveFailureRate,
                               String version) {

    public static final int DEFAULT_SQS_PORT = 9324;
    public static final int DEFAULT_SIMULATOR_PORT = 8090;

    public PrisonSyncConfig {
        env = Map.copyOf(env);
        Objects.requireNonNull(defaultLadder, "defaultLadder");
        Objects.requireNonNull(sqs, "sqs");
        Objects.requireNonNull(jdbc, "jdbc");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(claimLease, "claimLease");
        if (claimLease.compareTo(http.readTimeout()) <= 0) {
            // A claim must outlive the slowest write it protects, or a second consumer could resume mid-write.
            throw new IllegalArgumentException("SYNC_CLAIM_LEASE_SECONDS (" + claimLease.toSeconds()
                    + " s) must be longer than API_TIMEOUT_MS (" + http.readTimeout().toMillis() + " ms)");
        }
    }

    public static PrisonSyncConfig from(Map<String, String> variables) {
        Env s = new Env(variables);
        boolean embedded = !"production".equalsIgnoreCase(s.get("PRISON_SYNC_MODE", "embedded"));
        int sqsPort = s.integer("EMBEDDED_SQS_PORT", DEFAULT_SQS_PORT);
        int simulatorPort = s.integer("SIMULATOR_PORT", DEFAULT_SIMULATOR_PORT);
        String simulatorUrl = simulatorUrl(simulatorPort);

        RetryLadder defaultLadder = RetryLadder.parse(s.get("HMPPS_SQS_DEFAULT_ERROR_VISIBILITY_TIMEOUT",
                "1, 10, 60, 600"));
        String sqsEndpoint = s.get("SQS_ENDPOINT", embedded ? "http://127.0.0.1:" + sqsPort : "");
        SqsSettings sqs = new SqsSettings(sqsEndpoint.isBlank() ? null : URI.create(sqsEndpoint),
                s.get("AWS_REGION", "eu-west-2"),
                s.get("AWS_ACCESS_KEY_ID", embedded ? "x" : null),
                s.get("AWS_SECRET_ACCESS_KEY", embedded ? "x" : null),
                // the queues are the installed domains' (see queue(QueueSpec)); the engine module adds them
                List.of(),
                Duration.ofSeconds(s.integer("SQS_WAIT_TIME_SECONDS", embedded ? 1 : 20)),
                s.integer("SQS_VISIBILITY_TIMEOUT_SECONDS", 30));

        Optional<Path> dataDir = dataDir(s);
        JdbcSettings jdbc = dataDir.isEmpty()
                ? new JdbcSettings(s.get("DATABASE_URL", null), s.get("DATABASE_USERNAME", "postgres"),
                        s.get("DATABASE_PASSWORD", ""), s.integer("DATABASE_POOL_SIZE", 10),
                        s.get("DATABASE_SCHEMA", null))
                : JdbcSettings.h2File(dataDir.get().resolve("prison-sync"));

        // Each API at its <ID>_API_URL (NOMIS_API_URL, VISITS_API_URL, INCENTIVES_API_URL …), any other at
        // DEFAULT_API_URL (the simulator when embedded)
        String tokenUrl = s.get("HMPPS_AUTH_URL", embedded ? simulatorUrl + "/auth/oauth/token" : null);
        HttpSettings http = new HttpSettings(s.get(HttpSettings.DEFAULT_API_URL, simulatorUrl),
                HttpSettings.apiUrlsFrom(variables), tokenUrl,
                s.get("SYSTEM_CLIENT_ID", "prison-sync"), s.get("SYSTEM_CLIENT_SECRET", "embedded"),
                Duration.ofMillis(s.integer("API_CONNECT_TIMEOUT_MS", 2000)),
                Duration.ofMillis(s.integer("API_TIMEOUT_MS", 10_000)),
                s.integer("API_MAX_IDLE_CONNECTIONS", 32), s.integer("API_MAX_REQUESTS_PER_HOST", 64),
                Duration.ofSeconds(s.integer("API_IDLE_CONNECTION_TIMEOUT_SECONDS", 10)));

        String packaged = PrisonSyncConfig.class.getPackage().getImplementationVersion();
        return new PrisonSyncConfig(variables, embedded, defaultLadder, sqs,
                // queues are Terraform's in AWS; ElasticMQ (embedded, or a benchmark's) needs them made
                s.bool("SQS_CREATE_QUEUES", embedded), jdbc, http, simulatorPort, sqsPort,
                Duration.ofSeconds(s.integer("SYNC_CLAIM_LEASE_SECONDS", 30)),
                s.decimal("CHAOS_MAPPING_SAVE_FAILURE_RATE", 0),
                s.get("BUILD_VERSION", packaged == null ? "dev" : packaged));
    }

    /** Where the embedded simulator listens. */
    public static String simulatorUrl(int port) {
        return "http://127.0.0.1:" + port;
    }

    /** Typed reads of the same variables, for settings a domain or runner reads itself. */
    /**
     * The folder the embedded default keeps its files in ({@code PRISON_SYNC_DATA_DIR}, {@code ./data}): the H2
     * database and the simulator's signing key. Empty when {@code DATABASE_URL} names a database elsewhere.
     */
    public Optional<Path> dataDir() {
        return dataDir(variables());
    }

    private static Optional<Path> dataDir(Env s) {
        return s.has("DATABASE_URL") ? Optional.empty() : Optional.of(Path.of(s.get("PRISON_SYNC_DATA_DIR", "data")));
    }

    public Env variables() {
        return new Env(env);
    }

    /**
     * A domain's queue as configured by {@code HMPPS_SQS_QUEUES_<ID>_*} variables (named as upstream's relaxed
     * binding names them), with the domain's defaults for what is not set.
     */
    public QueueDefinition queue(QueueSpec spec) {
        Env s = variables();
        String prefix = "HMPPS_SQS_QUEUES_" + spec.id().toUpperCase(Locale.ROOT) + "_";
        String name = s.get(prefix + "QUEUE_NAME", spec.defaultName());
        RetryLadder fallback = spec.defaultLadder() == null ? defaultLadder : spec.defaultLadder();
        return new QueueDefinition(spec.id(), name, s.get(prefix + "DLQ_NAME", name + "-dlq"),
                s.integer(prefix + "DLQ_MAX_RECEIVE_COUNT", QueueDefinition.DEFAULT_MAX_RECEIVE_COUNT),
                s.has(prefix + "ERROR_VISIBILITY_TIMEOUT")
                        ? RetryLadder.parse(s.get(prefix + "ERROR_VISIBILITY_TIMEOUT", null)) : fallback,
                Map.of(), s.integer(prefix + "CONCURRENCY", QueueDefinition.DEFAULT_CONCURRENCY));
    }

    /** Every declared queue, configured. */
    public List<QueueDefinition> queues(List<QueueSpec> specs) {
        return specs.stream().map(this::queue).toList();
    }
}
