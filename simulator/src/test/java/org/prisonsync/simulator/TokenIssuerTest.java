package org.prisonsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.MutableClock;

class TokenIssuerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final TokenIssuer tokens = new TokenIssuer(() -> "http://127.0.0.1:8090/auth/issuer", clock);

    @Test
    void aTokenAcceptedOnceIsRefusedAfterItExpiresAllTheSame() {
        String token = tokens.issue("prison-sync");

        assertThat(tokens.accepts("Bearer " + token)).isTrue();
        assertThat(tokens.accepts("bearer " + token)).isTrue();
        clock.advance(TokenIssuer.LIFETIME.plus(Duration.ofSeconds(1)));
        assertThat(tokens.accepts("Bearer " + token)).isFalse();
    }

    @Test
    void aTamperedTokenOrOneSignedByAnotherKeyIsRefused() {
        String token = tokens.issue("prison-sync");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        String foreign = new TokenIssuer(() -> "http://127.0.0.1:8090/auth/issuer", clock).issue("prison-sync");

        assertThat(tokens.accepts("Bearer " + tampered)).isFalse();
        assertThat(tokens.accepts("Bearer " + foreign)).isFalse();
        assertThat(tokens.accepts(null)).isFalse();
        assertThat(tokens.accepts("Basic " + token)).isFalse();
    }

    @Test
    void aTokenAskedForWhileTheKeyIsMadeInTheBackgroundIsSignedWithThatKey() {
        var making = tokens.prepareKey();
        String early = tokens.issue("prison-sync");   // may come before the key is made: it waits for it

        assertThat(making.join()).isPositive();
        String late = tokens.issue("prison-sync");
        assertThat(tokens.accepts("Bearer " + early)).isTrue();
        assertThat(tokens.accepts("Bearer " + late)).isTrue();
        assertThat(tokens.jwks().toString()).contains(tokens.key().getKeyID());
    }
}
