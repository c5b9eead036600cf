package org.prisonsync.service.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.prisonsync.service.security.Access;
import org.prisonsync.service.security.Roles;
import org.prisonsync.service.security.TokenCheck;
import org.prisonsync.service.security.TokenVerifier;

/**
 * Guards every request before its handler, as {@link Roles} says: an open path passes; a path that needs a role
 * answers 401 without a valid token and 403 when the token lacks the role; any other path answers 403 whatever the
 * token. Refusals carry the upstream error body.
 */
public final class SecurityRoutes implements Routes {
    private final TokenVerifier verifier;
    private final Roles roles;

    public SecurityRoutes(TokenVerifier verifier, Roles roles) {
        this.verifier = verifier;
        this.roles = roles;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(this::guard);
    }

    private void guard(Context ctx) {
        Access access = roles.access(ctx.method().name(), ctx.path());
        if (access instanceof Access.Open) {
            return;
        }
        if (!(access instanceof Access.NeedsRole needs)) {
            refuse(ctx, 403, "access denied", "no role may call " + ctx.path());
            return;
        }
        TokenCheck check = verifier.check(ctx.header("Authorization"));
        if (check instanceof TokenCheck.Refused refused) {
            ctx.header("WWW-Authenticate", "Bearer");
            refuse(ctx, 401, "a valid bearer token is required", refused.reason());
        } else if (!((TokenCheck.Valid) check).roles().contains(needs.role())) {
            refuse(ctx, 403, "access denied", "the token lacks " + needs.role());
        }
    }

    private static void refuse(Context ctx, int status, String userMessage, String developerMessage) {
        ctx.status(status).json(new ErrorResponse(status, userMessage, developerMessage));
        ctx.skipRemainingHandlers();
    }
}
