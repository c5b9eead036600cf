package org.prisonsync.service.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import org.prisonsync.service.security.Roles;
import org.prisonsync.service.security.TokenVerifier;

/**
 * Guards every request before its handler: a path that needs a role answers 401 without a valid token and 403 when
 * the token lacks the role, with the upstream error body.
 */
public final class SecurityRoutes implements Routes {
    private final TokenVerifier verifier;

    public SecurityRoutes(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(this::guard);
    }

    private void guard(Context ctx) {
        Optional<String> required = Roles.requiredFor(ctx.path());
        if (required.isEmpty()) {
            return;
        }
        Optional<Set<String>> roles = verifier.rolesOf(ctx.header("Authorization"));
        if (roles.isEmpty()) {
            ctx.status(401).json(ErrorResponse.of(401, "a valid bearer token is required"));
            ctx.skipRemainingHandlers();
        } else if (!roles.get().contains(required.get())) {
            ctx.status(403).json(ErrorResponse.of(403, "the token lacks " + required.get()));
            ctx.skipRemainingHandlers();
        }
    }
}
