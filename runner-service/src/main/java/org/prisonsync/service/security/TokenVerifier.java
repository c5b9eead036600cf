package org.prisonsync.service.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verifies HMPPS-style bearer tokens: RS256-signed by a key from the auth server's JWKS (fetched and cached by
 * nimbus), unexpired; the roles are the {@code authorities} claim ({@code ROLE_…}).
 */
public final class TokenVerifier {
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public TokenVerifier(String jwksUrl) {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create(jwksUrl).toURL()).build();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("AUTH_JWKS_URL is not a URL: " + jwksUrl, e);
        }
    }

    /** The roles of a valid token, or empty when the token is missing, forged or expired. */
    public Optional<Set<String>> rolesOf(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = processor.process(authorizationHeader.substring(7).trim(), null);
            List<String> authorities = claims.getStringListClaim("authorities");
            return Optional.of(authorities == null ? Set.of() : authorities.stream()
                    .map(a -> a.startsWith("ROLE_") ? a : "ROLE_" + a).collect(Collectors.toSet()));
        } catch (Exception invalid) {
            return Optional.empty();
        }
    }
}
