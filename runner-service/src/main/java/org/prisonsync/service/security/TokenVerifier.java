package org.prisonsync.service.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies HMPPS-style bearer tokens: RS256-signed by a key from the auth server's JWKS (fetched and cached by
 * nimbus; {@code alg=none}, HMAC and any other algorithm are refused), and carrying the claims
 * {@link TokenClaimsRules} require. The roles are the {@code authorities} claim ({@code ROLE_…}).
 */
public final class TokenVerifier {
    private static final Logger log = LoggerFactory.getLogger(TokenVerifier.class);
    private static final String NOT_OURS = "the token is not a JWT signed (RS256) by the trusted auth server";

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public TokenVerifier(AuthSettings settings) {
        this(remoteKeys(settings.jwksUrl()), settings, Clock.systemUTC());
    }

    TokenVerifier(JWKSource<SecurityContext> keys, AuthSettings settings, Clock clock) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new TokenClaimsRules(settings.issuer(), settings.clockSkew(), clock));
    }

    private static JWKSource<SecurityContext> remoteKeys(String jwksUrl) {
        try {
            return JWKSourceBuilder.create(URI.create(jwksUrl).toURL()).build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("AUTH_JWKS_URL is not a URL: " + jwksUrl, e);
        }
    }

    /** The roles of a valid token, or why the header's token (or its absence) is refused. */
    public TokenCheck check(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new TokenCheck.Refused("no bearer token in the Authorization header");
        }
        try {
            JWTClaimsSet claims = processor.process(authorizationHeader.substring(7).trim(), null);
            List<String> authorities = claims.getStringListClaim("authorities");
            return new TokenCheck.Valid(authorities == null ? Set.of() : authorities.stream()
                    .map(a -> a.startsWith("ROLE_") ? a : "ROLE_" + a).collect(Collectors.toSet()));
        } catch (TokenClaimsRules.RefusedClaim refused) {
            return new TokenCheck.Refused(refused.getMessage());
        } catch (JWKSetUnavailableException unreachable) {
            log.warn("cannot read the auth server's keys: {}", unreachable.getMessage());
            return new TokenCheck.Refused("the auth server's keys could not be read to check the token");
        } catch (Exception invalid) {
            // Malformed, unsigned, another algorithm, another key, a bad signature: all look the same to a caller.
            log.debug("bearer token refused: {}", invalid.getMessage());
            return new TokenCheck.Refused(NOT_OURS);
        }
    }
}
