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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for HMPPS Auth: issues RS256 client-credentials tokens signed with a key pair made once per run, or kept
 * in a file between runs when given one (HMPPS Auth's key is stable, and making a 2048-bit key costs a start a few
 * hundred milliseconds of CPU), publishes the public key as a JWKS, and checks bearer tokens. Any client id and secret are accepted; the point is that
 * callers really fetch, cache and send tokens.
 */
final class TokenIssuer {
    static final Duration LIFETIME = Duration.ofHours(1);
    private static final int MAX_VERIFIED = 1_000;
    private static final Logger log = LoggerFactory.getLogger(TokenIssuer.class);

    private final Supplier<String> issuer;
    private final Clock clock;
    private final Path keyFile;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private RSAKey key;

    /** A fresh key each run. */
    TokenIssuer(Supplier<String> issuer, Clock clock) {
        this(issuer, clock, null);
    }

    /** The key kept in {@code keyFile} (made and written there if absent or unreadable); null: a fresh key. */
    TokenIssuer(Supplier<String> issuer, Clock clock, Path keyFile) {
        this.issuer = issuer;
        this.clock = clock;
        this.keyFile = keyFile;
    }

    /** Made on first use: generating an RSA key takes up to a second, and most runs never ask for a token. */
    synchronized RSAKey key() {
        if (key == null) {
            key = keyFile == null ? generate() : kept(keyFile);
        }
        return key;
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the simulator's signing key", e);
        }
    }

    /**
     * The key in {@code file}, or a fresh one written there. A file that cannot be read or is not a private RSA key
     * is replaced with a warning, and one that cannot be written leaves the fresh key in memory only: the key is a
     * convenience of the embedded default, never a reason for its start to fail.
     */
    private static RSAKey kept(Path file) {
        try {
            RSAKey stored = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (stored.isPrivate() && stored.size() >= 2048) {
                return stored;
            }
            log.warn("the simulator's signing key in {} is not a private RSA key of 2048 bits or more: replacing it",
                    file);
        } catch (NoSuchFileException e) {
            // the first start with this data folder: made and written below
        } catch (IOException | ParseException | RuntimeException e) {
            log.warn("cannot read the simulator's signing key in {} ({}): replacing it", file, e.toString());
        }
        RSAKey fresh = generate();
        try {
            write(file, fresh.toJSONString());
        } catch (IOException | RuntimeException e) {
            log.warn("cannot keep the simulator's signing key in {} ({}): using it for this run only", file,
                    e.toString());
        }
        return fresh;
    }

    /** Written beside the target and moved over it, so a reader never sees half a key; readable by the owner only. */
    private static void write(Path file, String json) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp", ownerOnly);
        try {
            Files.writeString(temp, json, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
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
