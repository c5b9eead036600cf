package org.prisonsync.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Starts Javalin with the given route groups and the shared error mapping ({@link ErrorMapping}). */
public final class WebServer implements AutoCloseable {
    /** The largest request body the service reads; its bodies (filters, room mappings) are a few hundred bytes. */
    static final long MAX_BODY_BYTES = 64 * 1024;

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
            ErrorMapping.register(cfg, json, MAX_BODY_BYTES);
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
