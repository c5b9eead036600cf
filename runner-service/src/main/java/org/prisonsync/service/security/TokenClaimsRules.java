package org.prisonsync.service.security;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * What a correctly signed token must also say before we trust it: who issued it ({@code iss}, exactly the
 * configured issuer), when ({@code iat}, not in the future) and until when ({@code exp}, not past); a
 * {@code nbf} is honoured when present. nimbus's default verifier checks {@code exp} only when it is there, so a
 * token minted without one would be good forever; these rules require it. Each time is allowed the clock skew.
 */
final class TokenClaimsRules implements JWTClaimsSetVerifier<SecurityContext> {
    private final String issuer;
    private final Duration skew;
    private final Clock clock;

    TokenClaimsRules(String issuer, Duration skew, Clock clock) {
        this.issuer = issuer;
        this.skew = skew;
        this.clock = clock;
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        Date expires = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        if (expires == null) {
            throw new RefusedClaim("the token has no expiry time (exp)");
        }
        if (issued == null) {
            throw new RefusedClaim("the token has no issue time (iat)");
        }
        if (!issuer.equals(claims.getIssuer())) {
            throw new RefusedClaim("the token's issuer (iss) is not the trusted auth server");
        }
        Instant now = clock.instant();
        if (!expires.toInstant().plus(skew).isAfter(now)) {
            throw new RefusedClaim("the token has expired");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().minus(skew).isAfter(now)) {
            throw new RefusedClaim("the token is not valid yet (nbf)");
        }
        if (issued.toInstant().minus(skew).isAfter(now)) {
            throw new RefusedClaim("the token is not valid yet: it was issued in the future (iat)");
        }
    }

    /** A claim these rules refuse; its message is shown to the caller. */
    static final class RefusedClaim extends BadJWTException {
        RefusedClaim(String message) {
            super(message);
        }
    }
}
