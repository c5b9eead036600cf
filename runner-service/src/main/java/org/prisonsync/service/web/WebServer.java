package org.prisonsync.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.queue.UnknownQueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Javalin with the given route groups and the shared error mapping. */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    private final Javalin app;
    private final List<RegisteredRoute> routes;

    private WebServer(Javalin app, List<RegisteredRoute> routes) {
        this.app = app;
        this.routes = List.copyOf(routes);
    }

    /** A route as registered: the HTTP method and the path template, e.g. {@code GET /migrate/history/{id}}. */
    public record RegisteredRoute(String method, String path) {
    }

    public static WebServer start(String host, int port, ObjectMapper json, List<Routes> groups) {
        List<RegisteredRoute> registered = new CopyOnWriteArrayList<>();
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            // Recorded as Javalin adds them, so tests can hold the security table and the OpenAPI document to
            // exactly what the server serves (before/after filters are not routes).
            cfg.events.handlerAdded(h -> {
                if (h.getHttpMethod().isHttpMethod()) {
                    registered.add(new RegisteredRoute(h.getHttpMethod().name(), h.getPath()));
                }
            });
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.staticFiles.enableWebjars();
            groups.forEach(g -> g.register(cfg.routes));
            cfg.routes.exception(UnknownQueueException.class, (e, ctx) ->
                    ctx.status(404).json(ErrorResponse.of(404, e.getMessage())));
            cfg.routes.exception(IllegalArgumentException.class, (e, ctx) ->
                    ctx.status(400).json(ErrorResponse.of(400, e.getMessage())));
            cfg.routes.exception(UpstreamUnavailable.class, (e, ctx) ->
                    ctx.status(503).json(ErrorResponse.of(503, e.getMessage())));
            cfg.routes.exception(UpstreamRejected.class, (e, ctx) ->
                    ctx.status(502).json(ErrorResponse.of(502, e.getMessage())));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                log.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
                ctx.status(500).json(ErrorResponse.of(500, e.getClass().getSimpleName() + ": " + e.getMessage()));
            });
        }).start(host, port);
        return new WebServer(app, registered);
    }

    /** Every HTTP route the server serves, in registration order. */
    public List<RegisteredRoute> routes() {
        return routes;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
