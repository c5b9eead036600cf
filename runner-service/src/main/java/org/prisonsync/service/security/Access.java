package org.prisonsync.service.security;

/** What a path asks of a caller: nothing, a token with one role, or it is closed to everyone. */
public sealed interface Access {

    /** Open without a token (health, info, metrics, the API documents). */
    record Open() implements Access {
    }

    /** A valid token carrying {@code role}. */
    record NeedsRole(String role) implements Access {
    }

    /** No rule covers the path: refused whatever the token, so a route nobody classified never runs unguarded. */
    record Denied() implements Access {
    }
}
