package org.prisonsync.service.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The operator console: one page and its script and styles, served from the jar (nothing comes from outside the
 * machine), and the catalogue the page draws itself from. The page holds no data: every panel reads and acts
 * through the service's own API with the operator's bearer token, so the console is behind exactly the roles the
 * API is, and a button can do nothing the CLI and the API cannot.
 */
public final class ConsoleRoutes implements Routes {
    private final ConsoleCatalogue catalogue;
    private final String page;
    private final String script;
    private final String styles;

    public ConsoleRoutes(ConsoleCatalogue catalogue) {
        this.catalogue = catalogue;
        // Read once at start: a file missing from the jar fails the start, not the first operator.
        this.page = DocsRoutes.resource("/console/index.html");
        this.script = DocsRoutes.resource("/console/app.js");
        this.styles = DocsRoutes.resource("/console/app.css");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console", ctx -> asset(ctx, "text/html; charset=utf-8", page));
        routes.get("/console/app.js", ctx -> asset(ctx, "text/javascript; charset=utf-8", script));
        routes.get("/console/app.css", ctx -> asset(ctx, "text/css; charset=utf-8", styles));
        routes.get("/console/catalogue", ctx -> ctx.json(catalogue));
    }

    /**
     * The page may run scripts and styles from this service only and talk to no other origin; it is never framed
     * (the repair buttons must not be clickable through someone else's page).
     */
    private static void asset(Context ctx, String type, String body) {
        ctx.header("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
                + "connect-src 'self'; img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(type).result(body);
    }
}
