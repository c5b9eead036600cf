package org.prisonsync.service;

import org.prisonsync.wiring.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.queue.EventSource;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.telemetry.FanOutTelemetry;
import org.prisonsync.core.telemetry.LoggingTelemetry;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.core.trail.TrailTelemetry;
import org.prisonsync.service.web.ConsoleCatalogue;
import org.prisonsync.service.web.ConsoleRoutes;
import org.prisonsync.service.web.DocsRoutes;
import org.prisonsync.service.web.HealthRoutes;
import org.prisonsync.service.web.MappingRoutes;
import org.prisonsync.service.web.MetricsRoutes;
import org.prisonsync.service.web.MigrationRoutes;
import org.prisonsync.service.web.OperationRoutes;
import org.prisonsync.service.web.QueueAdminRoutes;
import org.prisonsync.service.web.Routes;
import org.prisonsync.service.web.SecurityRoutes;
import org.prisonsync.service.security.Roles;
import org.prisonsync.service.security.TokenVerifier;
import org.prisonsync.service.web.WebServer;
import org.prisonsync.simulator.Simulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: embedded infrastructure (if any), the Dagger graph, one listener per queue feeding the core's
 * message processor, and the HTTP API. Closing it stops the listeners gracefully (in-flight messages finish or go
 * back to the queue) before anything they depend on.
 */
public final class PrisonSyncService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PrisonSyncService.class);

    private final EmbeddedInfrastructure infrastructure;
    private final ServiceComponent component;
    private final List<EventSource> listeners;
    private final WebServer web;
    private final Roles roles;
    private final JobScheduler jobs;

    private PrisonSyncService(EmbeddedInfrastructure infrastructure, ServiceComponent component,
                              List<EventSource> listeners, WebServer web, Roles roles, JobScheduler jobs) {
        this.infrastructure = infrastructure;
        this.component = component;
        this.listeners = listeners;
        this.web = web;
        this.roles = roles;
        this.jobs = jobs;
    }

    public static PrisonSyncService start(ServiceConfig config) {
        return start(config, Telemetry.NONE);
    }

    /** Starts the service with an extra telemetry sink (tests record events with it). */
    public static PrisonSyncService start(ServiceConfig config, Telemetry extraSink) {
        StartupPhases phases = new StartupPhases();
        java.util.concurrent.atomic.AtomicBoolean ready = new java.util.concurrent.atomic.AtomicBoolean();
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.of(config);
        // The start is mostly class loading and first calls, so independent steps run side by side: ElasticMQ
        // (Pekko's and Scala's classes) beside the graph and the database (Flyway); then the simulator's server and
        // ours beside the queues' creation and their listeners. Only the queues wait for ElasticMQ.
        CompletableFuture<Void> elasticMqUp = CompletableFuture.runAsync(
                () -> phases.time("ElasticMQ", infrastructure::startQueues), PrisonSyncService::startThread);
        MetricsTelemetry metrics = new MetricsTelemetry();
        Telemetry telemetry = new FanOutTelemetry(List.of(new LoggingTelemetry(), metrics, extraSink));
        ServiceComponent component = null;
        CompletableFuture<Void> simulatorUp = CompletableFuture.completedFuture(null);
        CompletableFuture<WebServer> webUp = CompletableFuture.completedFuture(null);
        CompletableFuture<Void> healthWarm = CompletableFuture.completedFuture(null);
        try {
            ServiceComponent graph = phases.time("graph and database", () -> {
                ServiceComponent built = ServiceComponent.build(config, Clock.systemUTC(), telemetry);
                built.core();
                return built;
            });
            component = graph;
            PrisonSyncCore core = graph.core();
            simulatorUp = CompletableFuture.runAsync(() -> phases.time("simulator",
                    () -> infrastructure.startSimulator(graph.messageQueue(), core.queues().all())),
                    PrisonSyncService::startThread);
            List<Operation> operations = graph.operations().stream()
                    .sorted(Comparator.comparing(Operation::name)).toList();
            Roles roles = OperationRoutes.roles(Roles.standard(), operations);
            DocsRoutes docs = new DocsRoutes(operations);
            webUp = CompletableFuture.supplyAsync(() -> phases.time("web",
                    () -> startWeb(config, core, operations, roles, metrics, ready::get, docs)),
                    PrisonSyncService::startThread);
            joined(elasticMqUp);
            phases.time("queues", () -> infrastructure.provisionQueues(graph.sqsClient(), core.queues().all()));
            // The first /health after the start pays for its first queue reads and its first request through
            // Jetty and Jackson (about half a second, after "ready"): paid here instead, beside the listeners.
            CompletableFuture<WebServer> webStarting = webUp;
            healthWarm = CompletableFuture.runAsync(() -> phases.time("health",
                    () -> warmHealth(core, config, webStarting)), PrisonSyncService::startThread);
            List<EventSource> listeners = phases.time("listeners", () -> {
                List<EventSource> started = new ArrayList<>();
                for (QueueDefinition queue : core.queues().all()) {
                    EventSource source = graph.eventSources().create(queue);
                    source.start(core.processor());
                    started.add(source);
                }
                return started;
            });
            WebServer web = joined(webUp);
            joined(simulatorUp);
            // begun by the simulator's start and run beside everything since: counted, so ready means what it did
            Optional<Simulator> simulator = infrastructure.simulator();
            if (simulator.isPresent()) {
                phases.record("signing key", joined(simulator.get().signingKey()));
            }
            joined(healthWarm);
            log.info("prison-sync {} listening on http://{}:{} ({} mode), consuming {}", config.version(),
                    config.host(), web.port(), config.embedded() ? "embedded" : "production",
                    core.queues().all().stream().map(QueueDefinition::queueName).toList());
            JobScheduler jobs = JobScheduler.start(core.jobs(), config.env(), Clock.systemUTC());
            ready.set(true);
            log.info("prison-sync {}", phases.summary());
            docs.prepare();   // the OpenAPI document may wait until the service answers
            return new PrisonSyncService(infrastructure, graph, listeners, web, roles, jobs);
        } catch (RuntimeException | Error e) {
            // a start that fails half way (a port taken, a database refused) releases what it had started
            for (CompletableFuture<?> step : List.of(elasticMqUp, simulatorUp, webUp, healthWarm)) {
                step.exceptionally(ignored -> null).join();
            }
            webUp.thenAccept(web -> {
                if (web != null) {
                    web.close();
                }
            }).exceptionally(ignored -> null);
            infrastructure.close();
            if (component != null) {
                component.database().close();
            }
            throw e;
        }
    }

    /**
     * Reads every queue's status once and asks our own {@code /health} once (it answers 503 until the service is
     * ready), so the first caller after the start does not pay for the first of each. A failure here is only a
     * slower first /health: the start goes on.
     */
    private static void warmHealth(PrisonSyncCore core, ServiceConfig config, CompletableFuture<WebServer> webUp) {
        try {
            core.queueAdmin().status();
            String host = "0.0.0.0".equals(config.host()) ? "127.0.0.1" : config.host();
            java.net.HttpURLConnection request = (java.net.HttpURLConnection) java.net.URI.create(
                    "http://" + host + ":" + webUp.join().port() + "/health").toURL().openConnection();
            request.setConnectTimeout(2_000);
            request.setReadTimeout(5_000);
            try {
                int status = request.getResponseCode();
                try (java.io.InputStream body = status < 400 ? request.getInputStream() : request.getErrorStream()) {
                    if (body != null) {
                        body.readAllBytes();
                    }
                }
                log.debug("warmed /health: {}", status);
            } finally {
                request.disconnect();
            }
        } catch (RuntimeException | java.io.IOException e) {
            log.debug("warming /health failed: {}", e.toString());
        }
    }

    private static WebServer startWeb(ServiceConfig config, PrisonSyncCore core, List<Operation> operations,
                                      Roles roles, MetricsTelemetry metrics,
                                      java.util.function.BooleanSupplier started, DocsRoutes docs) {
        ObjectMapper json = Json.mapper();
        List<Routes> routes = new ArrayList<>();
        if (config.authEnabled()) {
            routes.add(new SecurityRoutes(new TokenVerifier(config.auth()), roles));
        }
        routes.addAll(List.of(
                new HealthRoutes(core, config.version(), started),
                new QueueAdminRoutes(core.queueAdmin(), json),
                new MappingRoutes(core.mappings()),
                new MigrationRoutes(core.migrations(), json),
                new MetricsRoutes(metrics.registry()),
                new OperationRoutes(operations, json),
                docs,
                new ConsoleRoutes(ConsoleCatalogue.of(core, operations, config.version(), config.authEnabled(),
                        config.auth().jwksUrl()))));
        return WebServer.start(config.host(), config.port(), json, routes);
    }

    /** A start-up helper thread: a daemon, so a start that fails leaves nothing holding the JVM open. */
    private static void startThread(Runnable work) {
        Thread thread = new Thread(work, "prison-sync-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The value of a start-up step run beside the main one, its failure rethrown as it was thrown. */
    private static <T> T joined(CompletableFuture<T> step) {
        try {
            return step.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    public int port() {
        return web.port();
    }

    /** Every HTTP route the service serves (method and path template). */
    public List<WebServer.RegisteredRoute> routes() {
        return web.routes();
    }

    /** Who may call what: the security table plus the role of every operation route. */
    public Roles roles() {
        return roles;
    }

    public PrisonSyncCore core() {
        return component.core();
    }

    /** Sends to our queues, as the simulator and the CLI do (tests publish upstream events through it). */
    public MessageQueue messageQueue() {
        return component.messageQueue();
    }

    public Optional<Simulator> simulator() {
        return infrastructure.simulator();
    }

    /** The event trail's writer (its counts; paused and resumed by the benchmarks that weigh its cost). */
    public TrailTelemetry trail() {
        return component.trail();
    }

    /** The operator alerts' sink: its counts of posts made and failed. */
    public org.prisonsync.core.notify.OperatorNotifier operatorNotifier() {
        return component.operatorNotifier();
    }

    /** Stops the listeners as an abrupt kill would: no grace period (used by tests of crash recovery). */
    public void halt() {
        jobs.close();
        EventSource.stopAll(listeners, Duration.ZERO);
        web.close();
    }

    @Override
    public void close() {
        jobs.close();
        component.core().migrations().close();
        infrastructure.simulator().ifPresent(s -> s.traffic().stop());
        EventSource.stopAll(listeners, Duration.ofSeconds(10));
        web.close();
        component.operatorNotifier().close();
        component.trail().close();
        infrastructure.close();
        component.database().close();
    }
}
