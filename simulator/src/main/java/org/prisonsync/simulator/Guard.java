package org.prisonsync.simulator;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Wraps each NOMIS and DPS route in what stands between a caller and the real service: the token check (when
 * required) and then the injected faults, drawn per call for the route's declared key.
 */
public final class Guard {
    private final Faults faults;
    private final TokenIssuer tokens;
    private final boolean requireAuth;

    Guard(Faults faults, TokenIssuer tokens, boolean requireAuth) {
        this.faults = faults;
        this.tokens = tokens;
        this.requireAuth = requireAuth;
    }

    public Handler route(String routeKey, Handler handler) {
        return ctx -> handle(routeKey, ctx, handler);
    }

    public void handle(String routeKey, Context ctx, Handler handler) throws Exception {
        if (requireAuth && !tokens.accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            ctx.status(401).json(ApiError.body(401, "Unauthorised", "a valid bearer token is required", null));
            return;
        }
        Faults.Decision decision = faults.decide(routeKey);
        faults.pause(decision.latencyMs());
        if (decision.error()) {
            // The call is refused before it touches any state, as a failing upstream would.
            ctx.status(decision.errorStatus()).json(ApiError.body(decision.errorStatus(), "Injected fault",
                    "simulator fault on " + routeKey, null));
            return;
        }
        handler.handle(ctx);
        // The write has happened and its events are out; now the caller waits past its read timeout.
        faults.pause(decision.hangMs());
    }
}
