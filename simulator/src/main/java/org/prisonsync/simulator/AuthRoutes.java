package org.prisonsync.simulator;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** HMPPS Auth's client-credentials grant and JWKS, enough for callers to fetch and present real tokens. */
final class AuthRoutes {
    static final String TOKEN = "/auth/oauth/token";
    static final String JWKS = "/auth/.well-known/jwks.json";

    private final TokenIssuer tokens;

    AuthRoutes(TokenIssuer tokens) {
        this.tokens = tokens;
    }

    void token(Context ctx) {
        String grantType = ctx.formParam("grant_type");
        if (!"client_credentials".equals(grantType)) {
            ctx.status(400).json(Map.of("error", "unsupported_grant_type",
                    "error_description", "only client_credentials is supported"));
            return;
        }
        String clientId = clientId(ctx);
        if (clientId == null) {
            ctx.status(401).json(Map.of("error", "invalid_client",
                    "error_description", "client credentials are required (HTTP Basic)"));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        // Real HMPPS auth takes a client's roles from its registration; the simulator lets a caller ask for a set
        // (form field "roles", comma-separated) so tests can hold a token without the role an endpoint needs.
        String roles = ctx.formParam("roles");
        body.put("access_token", roles == null || roles.isBlank() ? tokens.issue(clientId)
                : tokens.issue(clientId, java.util.Arrays.stream(roles.split(",")).map(String::trim)
                        .filter(r -> !r.isEmpty()).toList()));
        body.put("token_type", "bearer");
        body.put("expires_in", TokenIssuer.LIFETIME.toSeconds());
        ctx.json(body);
    }

    void jwks(Context ctx) {
        ctx.json(tokens.jwks());
    }

    /** The client id from HTTP Basic (any secret is accepted), or the {@code client_id} form field. */
    private static String clientId(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                String id = colon < 0 ? decoded : decoded.substring(0, colon);
                return id.isBlank() ? null : id;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String formId = ctx.formParam("client_id");
        return formId == null || formId.isBlank() ? null : formId;
    }
}
