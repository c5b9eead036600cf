package org.prisonsync.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.jdbc.JdbcSettings;
import org.prisonsync.service.security.AuthSettings;
import org.prisonsync.sqs.SqsSettings;
import org.prisonsync.wiring.Env;
import org.prisonsync.wiring.PrisonSyncConfig;


/**
 * The service's configuration: what it shares with the CLI ({@link PrisonSyncConfig}: queues, database, APIs) and
 * its own (listen address, auth, the embedded simulator and its demo traffic), read from environment variables with
 * safe defaults. With nothing set it describes the embedded default, the service on 127.0.0.1:8080.
 */
public record ServiceConfig(PrisonSyncConfig common, String host, int port, boolean simulatorEnabled,
                            Duration demoTrafficInterval, boolean authEnabled, AuthSettings auth) {

    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_SQS_PORT = PrisonSyncConfig.DEFAULT_SQS_PORT;
    public static final int DEFAULT_SIMULATOR_PORT = PrisonSyncConfig.DEFAULT_SIMULATOR_PORT;

    public ServiceConfig {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(auth, "auth");
    }

    public static ServiceConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static ServiceConfig from(Map<String, String> variables) {
        PrisonSyncConfig common = PrisonSyncConfig.from(variables);
        Env s = common.variables();
        boolean embedded = common.embedded();
        String simulatorUrl = PrisonSyncConfig.simulatorUrl(common.simulatorPort());
        return new ServiceConfig(common, s.get("SERVER_HOST", embedded ? "127.0.0.1" : "0.0.0.0"),
                s.integer("SERVER_PORT", DEFAULT_PORT),
                embedded && s.bool("SIMULATOR_ENABLED", true),
                Duration.ofMillis(s.integer("DEMO_TRAFFIC_INTERVAL_MS", embedded ? 3000 : 0)),
                s.bool("AUTH_ENABLED", !embedded),
                // The simulator names its tokens' issuer after its URL, as HMPPS auth does (…/auth/issuer).
                new AuthSettings(s.get("AUTH_JWKS_URL", simulatorUrl + "/auth/.well-known/jwks.json"),
                        s.get("AUTH_ISSUER", simulatorUrl + "/auth/issuer"),
                        Duration.ofSeconds(s.integer("AUTH_CLOCK_SKEW_SECONDS",
                                (int) AuthSettings.DEFAULT_CLOCK_SKEW.toSeconds()))));
    }

    public Map<String, String> env() {
        return common.env();
    }

    public boolean embedded() {
        return common.embedded();
    }

    public SqsSettings sqs() {
        return common.sqs();
    }

    public boolean createQueues() {
        return common.createQueues();
    }

    public JdbcSettings jdbc() {
        return common.jdbc();
    }

    public HttpSettings http() {
        return common.http();
    }

    public int simulatorPort() {
        return common.simulatorPort();
    }

    public int embeddedSqsPort() {
        return common.embeddedSqsPort();
    }

    public Duration claimLease() {
        return common.claimLease();
    }

    public String version() {
        return common.version();
    }

    /** A domain's queue as configured (see {@link PrisonSyncConfig#queue}). */
    public QueueDefinition queue(QueueSpec spec) {
        return common.queue(spec);
    }

    public List<QueueDefinition> queues(List<QueueSpec> specs) {
        return common.queues(specs);
    }
}
