package org.prisonsync.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Map;

/**
 * Declares every route of the simulator on one Javalin instance: each domain's (its upstream routes guarded by auth
 * and faults, its control routes not), auth, health, the shared control API and the error answers.
 */
final class SimulatorRoutes {
    private final List<SimulatedDomain> domains;
    private final AuthRoutes auth;
    private final Guard guard;
    private final ControlRoutes control;
    private final ObjectMapper mapper;

    SimulatorRoutes(List<SimulatedDomain> domains, AuthRoutes auth, Guard guard, ControlRoutes control,
                    ObjectMapper mapper) {
        this.domains = domains;
        this.auth = auth;
        this.guard = guard;
        this.control = control;
        this.mapper = mapper;
    }

    Javalin create() {
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            // a whole NOMIS transaction goes to DPS in one call: thousands of rows are several megabytes
            cfg.http.maxRequestSize = 32L * 1024 * 1024;
            cfg.jsonMapper(new JavalinJackson(mapper, false));

            domains.forEach(domain -> domain.register(cfg.routes, guard));

            cfg.routes.post(AuthRoutes.TOKEN, auth::token);
            cfg.routes.get(AuthRoutes.JWKS, auth::jwks);
            cfg.routes.get("/health/ping", ctx -> ctx.json(Map.of("status", "UP")));
            control.register(cfg.routes);

            cfg.routes.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
            cfg.routes.exception(IllegalArgumentException.class, (e, ctx) ->
                    ctx.status(400).json(ApiError.body(400, "Bad request", e.getMessage(), null)));
        });
    }
}
