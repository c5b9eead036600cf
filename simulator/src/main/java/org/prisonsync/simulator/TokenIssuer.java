package org.prisonsync.simulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A stand-in for HMPPS Auth: issues RS256 client-credentials tokens signed with a key pair made once per run, publishes
 * the public key as a JWKS, and checks bearer tokens. Any client id and secret are accepted; the point is that
 * callers really fetch, cache and send tokens.
 */
final class TokenIssuer {
    static final Duration LIFETIME = Duration.ofHours(1);

    private final Supplier<String> issuer;
    private final Clock clock;
    private RSAKey key;

    TokenIssuer(Supplier<String> issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
    }

    /** Made on first use: generating an RSA key takes up to a second, and most runs never ask for a token. */
    synchronized RSAKey key() {
        if (key == null) {
            try {
                key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.RS256).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException("cannot generate the simulator's signing key", e);
            }
        }
        return key;
    }

    /** Every role the simulated auth server grants by default: the sync's own and the operator API's. */
    static final List<String> DEFAULT_ROLES = List.of("ROLE_PRISONER_FROM_NOMIS__MIGRATION__RW", "ROLE_NOMIS_VISITS",
            "ROLE_VISIT_SCHEDULER", "ROLE_SYSCON__QUEUE_ADMIN", "ROLE_DPS_RECONCILIATION__RW",
            "ROLE_PRISONER_TO_NOMIS__UPDATE__RW", "ROLE_NOMIS_MAPPING_API__SYNCHRONISATION__RW");

    /** A signed token for {@code clientId} with the default roles. */
    String issue(String clientId) {
        return issue(clientId, DEFAULT_ROLES);
    }

    /** A signed token for {@code clientId} with the given roles (tests ask for fewer to see a 403). */
    String issue(String clientId, List<String> roles) {
        RSAKey signingKey = key();
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer.get())
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("grant_type", "client_credentials")
                .claim("authorities", roles)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    Map<String, Object> jwks() {
        return new JWKSet(key().toPublicJWK()).toJSONObject();
    }

    /** Whether an {@code Authorization} header carries an unexpired token this issuer signed. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring(7).trim());
            if (!jwt.verify(new RSASSAVerifier(key().toRSAPublicKey()))) {
                return false;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return issuer.get().equals(claims.getIssuer()) && claims.getExpirationTime() != null
                    && claims.getExpirationTime().toInstant().isAfter(clock.instant());
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return false;
        }
    }
}
