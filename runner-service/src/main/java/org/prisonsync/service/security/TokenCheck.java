package org.prisonsync.service.security;

import java.util.Set;

/** The verdict on a bearer token: its roles, or why it was refused (in words safe to show the caller). */
public sealed interface TokenCheck {

    /** A token we trust, with its {@code ROLE_…} authorities. */
    record Valid(Set<String> roles) implements TokenCheck {
        public Valid {
            roles = Set.copyOf(roles);
        }
    }

    /** A token we do not trust, or none. */
    record Refused(String reason) implements TokenCheck {
    }
}
