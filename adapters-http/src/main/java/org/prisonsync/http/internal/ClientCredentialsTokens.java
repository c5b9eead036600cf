package org.prisonsync.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.prisonsync.core.UpstreamUnavailable;

/**
 * OAuth2 client-credentials access tokens from one token URL for one client, cached until shortly before they
 * expire. Callers that find the cache empty or stale at the same time wait for one refresh instead of each asking
 * the auth server; any failure to get a token is {@link UpstreamUnavailable}, since the call it was for never went out.
 */
final class ClientCredentialsTokens {
    /** Renew this long before expiry, so a token is never sent in its last seconds and refused in flight. */
    private static final Duration EARLY_RENEWAL = Duration.ofSeconds(60);
    /** Never cache for less, so a misconfigured short-lived token cannot make every call fetch a new one. */
    private static final Duration MIN_LIFETIME = Duration.ofSeconds(10);

    private final OkHttpClient client;
    private final HttpUrl tokenUrl;
    private final String basicAuth;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ReentrantLock refresh = new ReentrantLock();
    private volatile Cached current;

    ClientCredentialsTokens(OkHttpClient client, String tokenUrl, String clientId, String clientSecret,
                            ObjectMapper mapper, Clock clock) {
        this.client = client;
        this.tokenUrl = HttpUrl.get(tokenUrl);
        this.basicAuth = Credentials.basic(clientId, clientSecret);
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A token valid now: the cached one, or a fresh one fetched by exactly one of the callers that need it. */
    String token() {
        Cached cached = current;
        if (cached != null && cached.validAt(clock.instant())) {
            return cached.value();
        }
        refresh.lock();
        try {
            cached = current;
            if (cached == null || !cached.validAt(clock.instant())) {
                cached = fetch();
                current = cached;
            }
            return cached.value();
        } finally {
            refresh.unlock();
        }
    }

    /**
     * Forget {@code staleToken} after an upstream refused it. Only that token: if another caller has already
     * replaced it, the newer one stays.
     */
    void invalidate(String staleToken) {
        refresh.lock();
        try {
            Cached cached = current;
            if (cached != null && cached.value().equals(staleToken)) {
                current = null;
            }
        } finally {
            refresh.unlock();
        }
    }

    private Cached fetch() {
        Request request = new Request.Builder().url(tokenUrl)
                .header("Authorization", basicAuth)
                .header("Accept", "application/json")
                .post(new FormBody.Builder().add("grant_type", "client_credentials").build())
                .build();
        Instant requestedAt = clock.instant();
        try (Response response = client.newCall(request).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw new UpstreamUnavailable("POST " + tokenUrl.encodedPath() + " (token) answered "
                        + response.code() + ": " + HttpReply.excerpt(body));
            }
            TokenResponse token = mapper.readValue(body, TokenResponse.class);
            if (token == null || token.accessToken() == null || token.accessToken().isBlank()) {
                throw new UpstreamUnavailable("POST " + tokenUrl.encodedPath() + " (token) answered without an "
                        + "access_token");
            }
            return new Cached(token.accessToken(), requestedAt.plus(lifetime(token.expiresIn())));
        } catch (IOException e) {
            // also covers an unreadable JSON body (JsonProcessingException is an IOException)
            throw new UpstreamUnavailable("POST " + tokenUrl.encodedPath() + " (token) failed: " + e, e);
        }
    }

    /** {@code expires_in} minus the early renewal, but at least the minimum lifetime (also when it is missing). */
    static Duration lifetime(Long expiresInSeconds) {
        if (expiresInSeconds == null) {
            return MIN_LIFETIME;
        }
        Duration lifetime = Duration.ofSeconds(expiresInSeconds).minus(EARLY_RENEWAL);
        return lifetime.compareTo(MIN_LIFETIME) < 0 ? MIN_LIFETIME : lifetime;
    }

    private record Cached(String value, Instant expiresAt) {
        boolean validAt(Instant now) {
            return now.isBefore(expiresAt);
        }
    }

    private record TokenResponse(@JsonProperty("access_token") String accessToken,
                                 @JsonProperty("expires_in") Long expiresIn) {
    }
}
