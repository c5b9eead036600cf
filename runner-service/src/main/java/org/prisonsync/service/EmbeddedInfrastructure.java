package org.prisonsync.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.Simulator;
import org.prisonsync.simulator.SimulatorSettings;
import org.prisonsync.simulator.prisoners.DemoPrisoners;
import org.prisonsync.sqs.EmbeddedElasticMq;
import org.prisonsync.sqs.SqsQueueProvisioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What the embedded default runs in-process in place of AWS and the real services: ElasticMQ (before the graph is
 * built, since the SQS client points at it) and the simulator (after, since it publishes through our queue port).
 */
public final class EmbeddedInfrastructure implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);

    /** The simulator's signing key (a private JWK, owner-only) in the data folder, beside the H2 file. */
    static final String SIGNING_KEY_FILE = "simulator-signing-key.json";

    private final ServiceConfig config;
    private volatile EmbeddedElasticMq elasticMq;
    private volatile Simulator simulator;

    private EmbeddedInfrastructure(ServiceConfig config) {
        this.config = config;
    }

    /** Nothing started yet: {@link #startQueues}, {@link #provisionQueues} and {@link #startSimulator} do that. */
    public static EmbeddedInfrastructure of(ServiceConfig config) {
        return new EmbeddedInfrastructure(config);
    }

    /** Starts ElasticMQ on the configured loopback port when running embedded. */
    public void startQueues() {
        if (config.embedded()) {
            try {
                elasticMq = EmbeddedElasticMq.start("127.0.0.1", config.embeddedSqsPort());
            } catch (java.io.UncheckedIOException portInUse) {
                throw new IllegalStateException(portInUse.getMessage() + "; set EMBEDDED_SQS_PORT to a free port"
                        + " (and SQS_ENDPOINT to match, if set) or stop what holds it", portInUse);
            }
            log.info("embedded ElasticMQ on {}", elasticMq.endpoint());
        }
    }

    /**
     * Creates the queues and DLQs when configured to ({@code SQS_CREATE_QUEUES}, on when embedded: in AWS they are
     * provisioned by Terraform).
     */
    public void provisionQueues(SqsClient sqs, List<QueueDefinition> queues) {
        if (config.createQueues()) {
            SqsQueueProvisioner.createAll(sqs, queues, config.sqs().visibilityTimeoutSeconds());
        }
    }

    /**
     * Starts the simulator when configured to (embedded only). It publishes to our queues only when something
     * happens in it, so it may start before they exist: the demo traffic's first event comes an interval later.
     */
    public void startSimulator(MessageQueue publisher, List<QueueDefinition> queues) {
        if (config.simulatorEnabled()) {
            SimulatorSettings base = SimulatorSettings.defaults();
            if (config.common().dataDir().isPresent()) {
                // a stable key, as HMPPS Auth has, made on the first start: later ones skip the RSA key search
                base = base.withSigningKeyFile(config.common().dataDir().get().resolve(SIGNING_KEY_FILE));
            }
            SimulatorSettings settings = SimulatorSettings.fromEnv(config.env(),
                    base.withPort(config.simulatorPort())
                            // each simulated domain publishes to the queue prison-sync has under the same id
                            .withQueues(queues.stream().collect(
                                    Collectors.toMap(QueueDefinition::id, QueueDefinition::queueName)))
                            // checks tokens as the real APIs do, and makes its signing key now, not on the first
                            // token request (which could then outlast a client's read timeout)
                            .withRequireAuth(true)
                            // the database keeps the mappings of earlier runs while the simulator starts empty:
                            // numbering from the start time keeps its ids clear of every id those runs mapped
                            .withIdBase(SimulatorSettings.idBaseAt(Instant.now()))
                            .withSetting(DemoPrisoners.SETTING, "true"));
            simulator = Simulator.start(settings, publisher);
            log.info("simulator (NOMIS + DPS visit scheduler) on {}, NOMIS ids from {}{}", simulator.baseUrl(),
                    settings.idBase() + 1, DemoPrisoners.wanted(settings) ? ", with demo prisoners and alerts" : "");
            if (!config.demoTrafficInterval().isZero()) {
                simulator.traffic().start(config.demoTrafficInterval());
                log.info("demo traffic: a DPS visit every {} ms, with some cancellations on both sides",
                        config.demoTrafficInterval().toMillis());
            }
        }
    }

    public Optional<Simulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.traffic().stop();
            simulator.close();
        }
        if (elasticMq != null) {
            elasticMq.close();
        }
    }
}
