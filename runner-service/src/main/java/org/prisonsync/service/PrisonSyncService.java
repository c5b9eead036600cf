package org.prisonsync.service;

import org.prisonsync.wiring.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.startQueues(config);
        MetricsTelemetry metrics = new MetricsTelemetry();
        Telemetry telemetry = new FanOutTelemetry(List.of(new LoggingTelemetry(), metrics, extraSink));
        ServiceComponent component = ServiceComponent.build(config, Clock.systemUTC(), telemetry);
        PrisonSyncCore core = component.core();
        infrastructure.startRest(config, component.sqsClient(), component.messageQueue(), core.queues().all());
        List<EventSource> listeners = new ArrayList<>();
        for (QueueDefinition queue : core.queues().all()) {
            EventSource source = component.eventSources().create(queue);
            source.start(core.processor());
            listeners.add(source);
        }
        ObjectMapper json = Json.mapper();
        List<Operation> operations = component.operations().stream()
                .sorted(Comparator.comparing(Operation::name)).toList();
        Roles roles = OperationRoutes.roles(Roles.standard(), operations);
        List<Routes> routes = new ArrayList<>();
        if (config.authEnabled()) {
            routes.add(new SecurityRoutes(new TokenVerifier(config.auth()), roles));
        }
        routes.addAll(List.of(
                new HealthRoutes(core, config.version()),
                new QueueAdminRoutes(core.queueAdmin(), json),
                new MappingRoutes(core.mappings()),
                new MigrationRoutes(core.migrations(), json),
                new MetricsRoutes(metrics.registry()),
                new OperationRoutes(operations, json),
                new DocsRoutes(operations),
                new ConsoleRoutes(ConsoleCatalogue.of(core, operations, config.version(), config.authEnabled(),
                        config.auth().jwksUrl()))));
        WebServer web = WebServer.start(config.host(), config.port(), json, routes);
        log.info("prison-sync {} listening on http://{}:{} ({} mode), consuming {}", config.version(), config.host(),
                web.port(), config.embedded() ? "embedded" : "production",
                core.queues().all().stream().map(QueueDefinition::queueName).toList());
        JobScheduler jobs = JobScheduler.start(core.jobs(), config.env(), Clock.systemUTC());
        return new PrisonSyncService(infrastructure, component, listeners, web, roles, jobs);
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
