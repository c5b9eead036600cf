package org.prisonsync.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;

/** Starts Javalin with the given route groups and the shared error mapping ({@link ErrorMapping}). */
public final class WebServer implements AutoCloseable {
    /** The largest request body the service reads; its bodies (filters, room mappings) are a few hundred bytes. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(String host, int port, ObjectMapper json, List<Routes> groups) {
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.staticFiles.enableWebjars();
            groups.forEach(g -> g.register(cfg.routes));
            ErrorMapping.register(cfg, json, MAX_BODY_BYTES);
        }).start(host, port);
        return new WebServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
