package org.prisonsync.service.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.queue.QueueStatus;

/**
 * {@code /health} with one {@code <queueId>-health} component per queue (upstream field names), {@code /health/ping},
 * liveness and readiness, and {@code /info} with the version and the event feature switches.
 */
public final class HealthRoutes implements Routes {
    private final PrisonSyncCore core;
    private final String version;
    private final BooleanSupplier started;

    /**
     * @param started whether the service has finished starting: the web server starts beside the queues and their
     *        listeners, and until they run the service is not healthy, whatever the queues say
     */
    public HealthRoutes(PrisonSyncCore core, String version, BooleanSupplier started) {
        this.core = core;
        this.version = version;
        this.started = started;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health", this::health);
        routes.get("/health/ping", ctx -> ctx.json(Map.of("status", "UP")));
        routes.get("/health/liveness", ctx -> ctx.json(Map.of("status", "UP")));
        routes.get("/health/readiness", this::health);
        routes.get("/info", ctx -> ctx.json(Map.of(
                "build", Map.of("name", "prison-sync", "version", version),
                "event-feature-switches", core.featureSwitches().configured(),
                "event-types", core.routes().eventTypes())));
    }

    private void health(Context ctx) {
        Map<String, Object> components = new LinkedHashMap<>();
        if (!started.getAsBoolean()) {
            components.put("start", Map.of("status", "DOWN", "details", Map.of("reason", "starting")));
            ctx.status(503).json(Map.of("status", "DOWN", "components", components));
            return;
        }
        boolean up = true;
        try {
            for (QueueStatus q : core.queueAdmin().status()) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("queueName", q.queueName());
                details.put("messagesOnQueue", q.messagesOnQueue());
                details.put("messagesInFlight", q.messagesInFlight());
                details.put("dlqName", q.dlqName());
                details.put("dlqStatus", q.dlqStatus());
                details.put("messagesOnDlq", q.messagesOnDlq());
                components.put(q.queueId() + "-health", Map.of("status", q.status(), "details", details));
                up &= q.up();
            }
        } catch (RuntimeException e) {
            components.put("queues", Map.of("status", "DOWN", "details", Map.of("error", String.valueOf(e.getMessage()))));
            up = false;
        }
        ctx.status(up ? 200 : 503).json(Map.of("status", up ? "UP" : "DOWN", "components", components));
    }
}
