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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A stand-in for HMPPS Auth: issues RS256 client-credentials tokens signed with a key pair made once per run, publishes
 * the public key as a JWKS, and checks bearer tokens. Any client id and secret are accepted; the point is that
 * callers really fetch, cache and send tokens.
 */
final class TokenIssuer {
    static final Duration LIFETIME = Duration.ofHours(1);
    private static final int MAX_VERIFIED = 1_000;

    private final Supplier<String> issuer;
    private final Clock clock;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
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

    /**
     * Starts making the key on a thread of its own and answers how long it took once made. Making it is most of
     * the simulator's start (an RSA prime search, in a JVM still cold): begun here it runs beside the rest of the
     * start instead of before it, and a token asked for meanwhile waits for it ({@link #key} holds the lock).
     */
    CompletableFuture<Duration> prepareKey() {
        CompletableFuture<Duration> made = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            try {
                key();
                made.complete(Duration.ofNanos(System.nanoTime() - started));
            } catch (RuntimeException | Error e) {
                made.completeExceptionally(e);
            }
        }, "simulator-signing-key");
        thread.setDaemon(true);
        thread.start();
        return made;
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
        String token = authorization.substring(7).trim();
        // A signature checked once stays good: the key never changes while the simulator runs. Only the expiry is
        // read again, so a busy caller's every request does not pay an RSA verification.
        Instant expires = verified.get(token);
        if (expires == null) {
            expires = verify(token);
            if (expires == null) {
                return false;
            }
            if (verified.size() >= MAX_VERIFIED) {
                verified.clear();
            }
            verified.put(token, expires);
        }
        return expires.isAfter(clock.instant());
    }

    /** The token's expiry if it is ours (our key, our issuer) and has one; null otherwise. */
    private Instant verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!jwt.verify(new RSASSAVerifier(key().toRSAPublicKey()))) {
                return null;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuer.get().equals(claims.getIssuer()) || claims.getExpirationTime() == null) {
                return null;
            }
            return claims.getExpirationTime().toInstant();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return null;
        }
    }
}
