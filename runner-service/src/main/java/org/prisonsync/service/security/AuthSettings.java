package org.prisonsync.service.security;

import java.time.Duration;
import java.util.Objects;

/**
 * How inbound bearer tokens are checked: the auth server's public keys ({@code AUTH_JWKS_URL}), the issuer its
 * tokens must name ({@code AUTH_ISSUER}) and how far our clock may disagree with its clock
 * ({@code AUTH_CLOCK_SKEW_SECONDS}). The skew is capped: every second of it is a second an expired token still works.
 */
public record AuthSettings(String jwksUrl, String issuer, Duration clockSkew) {
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    public AuthSettings {
        Objects.requireNonNull(jwksUrl, "jwksUrl");
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("AUTH_ISSUER must name the auth server's issuer");
        }
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException("AUTH_CLOCK_SKEW_SECONDS must be between 0 and "
                    + MAX_CLOCK_SKEW.toSeconds() + ", was " + clockSkew.toSeconds());
        }
    }
}
