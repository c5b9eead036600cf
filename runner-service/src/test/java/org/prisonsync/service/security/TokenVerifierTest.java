package org.prisonsync.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The time rules at their edges, on a fixed clock: the configured skew is the whole tolerance, for {@code exp},
 * {@code nbf} and {@code iat} alike.
 */
class TokenVerifierTest {
    private static final String ISSUER = "https://auth.example/auth/issuer";
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static RSAKey key;

    @BeforeAll
    static void key() throws JOSEException {
        key = new RSAKeyGenerator(2048).keyID("k").generate();
    }

    @Test
    void aTokenExpiredWithinTheSkewIsAcceptedAndOneExpiredBeyondItIsRefused() throws JOSEException {
        String expired20SecondsAgo = token(claims().expirationTime(at(-20)).build());
        assertThat(verifier(30).check(expired20SecondsAgo)).isInstanceOf(TokenCheck.Valid.class);
        assertThat(verifier(10).check(expired20SecondsAgo)).isEqualTo(new TokenCheck.Refused("the token has expired"));
    }

    @Test
    void aTokenNotValidForAnotherFewSecondsIsAcceptedWithinTheSkewOnly() throws JOSEException {
        String notBeforeIn20Seconds = token(claims().notBeforeTime(at(20)).build());
        assertThat(verifier(30).check(notBeforeIn20Seconds)).isInstanceOf(TokenCheck.Valid.class);
        assertThat(verifier(10).check(notBeforeIn20Seconds)).isInstanceOf(TokenCheck.Refused.class);
    }

    @Test
    void aTokenIssuedInTheFutureBeyondTheSkewIsRefused() throws JOSEException {
        String issuedIn20Seconds = token(claims().issueTime(at(20)).build());
        assertThat(verifier(30).check(issuedIn20Seconds)).isInstanceOf(TokenCheck.Valid.class);
        assertThat(verifier(10).check(issuedIn20Seconds)).isInstanceOf(TokenCheck.Refused.class);
    }

    @Test
    void rolesAreTheAuthoritiesWithTheRolePrefix() throws JOSEException {
        String token = token(claims().claim("authorities", List.of("ROLE_A", "B")).build());
        assertThat(verifier(30).check(token)).isEqualTo(new TokenCheck.Valid(java.util.Set.of("ROLE_A", "ROLE_B")));
    }

    private static TokenVerifier verifier(int skewSeconds) {
        return new TokenVerifier(new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())),
                new AuthSettings("http://unused", ISSUER, Duration.ofSeconds(skewSeconds)),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("operator").issueTime(at(-60))
                .expirationTime(at(3600)).claim("authorities", List.of());
    }

    private static Date at(int secondsFromNow) {
        return Date.from(NOW.plusSeconds(secondsFromNow));
    }

    private static String token(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k").build(), claims);
        jwt.sign(new RSASSASigner(key));
        return "Bearer " + jwt.serialize();
    }
}
