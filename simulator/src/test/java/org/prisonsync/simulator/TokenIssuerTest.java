package org.prisonsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void aKeptKeyIsWrittenOnceForItsOwnerAndReusedByTheNextIssuer(@TempDir Path data) throws Exception {
        Path file = data.resolve("not-yet-made").resolve("signing-key.json");
        TokenIssuer first = new TokenIssuer(() -> "http://127.0.0.1:8090/auth/issuer", clock, file);
        String token = first.issue("prison-sync");

        assertThat(file).exists();
        String written = Files.readString(file);
        assertThat(RSAKey.parse(written).isPrivate()).isTrue();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);   // no temporary file left beside it
        }

        TokenIssuer second = new TokenIssuer(() -> "http://127.0.0.1:8090/auth/issuer", clock, file);
        assertThat(second.accepts("Bearer " + token)).isTrue();
        assertThat(second.jwks()).isEqualTo(first.jwks());
        assertThat(Files.readString(file)).isEqualTo(written);
    }

    @Test
    void aCorruptKeptKeyIsReplacedWithAFreshOneRatherThanFailing(@TempDir Path data) throws Exception {
        Path file = data.resolve("signing-key.json");
        Files.writeString(file, "{\"kty\":\"RSA\", half a key");
        TokenIssuer issuer = new TokenIssuer(() -> "http://127.0.0.1:8090/auth/issuer", clock, file);

        String token = issuer.issue("prison-sync");

        assertThat(issuer.accepts("Bearer " + token)).isTrue();
        RSAKey replaced = RSAKey.parse(Files.readString(file));
        assertThat(replaced.isPrivate()).isTrue();
        assertThat(replaced.getKeyID()).isEqualTo(issuer.key().getKeyID());
        assertThat(new TokenIssuer(() -> "http://127.0.0.1:8090/auth/issuer", clock, file)
                .accepts("Bearer " + token)).isTrue();
    }

    @Test
    void aPublicKeyOnlyFileIsReplacedToo(@TempDir Path data) throws Exception {
        Path file = data.resolve("signing-key.json");
        Files.writeString(file, tokens.key().toPublicJWK().toJSONString());
        TokenIssuer issuer = new TokenIssuer(() -> "http://127.0.0.1:8090/auth/issuer", clock, file);

        assertThat(issuer.key().isPrivate()).isTrue();
        assertThat(issuer.key().getKeyID()).isNotEqualTo(tokens.key().getKeyID());
    }
}
