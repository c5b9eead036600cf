package org.prisonsync.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.http.Wire;

class ClientCredentialsTokensTest {
    @StartStop
    public final MockWebServer auth = new MockWebServer();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build();

    private ClientCredentialsTokens tokens() {
        return tokens(auth.url("/auth/oauth/token").toString());
    }

    private ClientCredentialsTokens tokens(String url) {
        return new ClientCredentialsTokens(client, url, "prison-sync", "s3cret:x", JsonHttp.newMapper(), clock);
    }

    @Test
    void fetchesWithTheClientCredentialsGrantAndBasicAuth() throws Exception {
        auth.enqueue(Wire.token("abc", 1200));

        assertThat(tokens().token()).isEqualTo("abc");

        RecordedRequest request = auth.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/auth/oauth/token");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.getBody().utf8()).isEqualTo("grant_type=client_credentials");
        String basic = Base64.getEncoder().encodeToString("prison-sync:s3cret:x".getBytes());
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Basic " + basic);
    }

    @Test
    void theTokenIsCachedUntilAMinuteBeforeItExpires() {
        auth.enqueue(Wire.token("first", 1200));
        auth.enqueue(Wire.token("second", 1200));
        ClientCredentialsTokens tokens = tokens();

        assertThat(tokens.token()).isEqualTo("first");
        clock.advance(Duration.ofSeconds(1139));
        assertThat(tokens.token()).isEqualTo("first");
        assertThat(auth.getRequestCount()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).isEqualTo("second");
        assertThat(auth.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aShortLivedTokenIsStillCachedForTenSeconds() {
        auth.enqueue(Wire.token("short", 30));
        auth.enqueue(Wire.token("next", 30));
        ClientCredentialsTokens tokens = tokens();

        assertThat(tokens.token()).isEqualTo("short");
        clock.advance(Duration.ofSeconds(9));
        assertThat(tokens.token()).isEqualTo("short");
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).isEqualTo("next");
    }

    @Test
    void theLifetimeIsExpiresInLessAMinuteButAtLeastTenSeconds() {
        assertThat(ClientCredentialsTokens.lifetime(3600L)).isEqualTo(Duration.ofSeconds(3540));
        assertThat(ClientCredentialsTokens.lifetime(70L)).isEqualTo(Duration.ofSeconds(10));
        assertThat(ClientCredentialsTokens.lifetime(5L)).isEqualTo(Duration.ofSeconds(10));
        assertThat(ClientCredentialsTokens.lifetime(null)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void concurrentCallersShareOneRefresh() throws Exception {
        auth.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"access_token\":\"shared\",\"expires_in\":3600}")
                .headersDelay(300, TimeUnit.MILLISECONDS).build());
        auth.enqueue(Wire.token("unwanted", 3600));
        ClientCredentialsTokens tokens = tokens();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> callers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                callers.add(tokens::token);
            }
            for (Future<String> result : pool.invokeAll(callers, 5, TimeUnit.SECONDS)) {
                assertThat(result.get()).isEqualTo("shared");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(auth.getRequestCount()).isEqualTo(1);
    }

    @Test
    void invalidatingTheRefusedTokenFetchesANewOne() {
        auth.enqueue(Wire.token("refused", 3600));
        auth.enqueue(Wire.token("replacement", 3600));
        ClientCredentialsTokens tokens = tokens();

        String refused = tokens.token();
        tokens.invalidate(refused);

        assertThat(tokens.token()).isEqualTo("replacement");
        assertThat(auth.getRequestCount()).isEqualTo(2);
    }

    @Test
    void invalidatingAnOlderTokenKeepsTheCurrentOne() {
        auth.enqueue(Wire.token("current", 3600));
        ClientCredentialsTokens tokens = tokens();
        tokens.token();

        tokens.invalidate("some-older-token");

        assertThat(tokens.token()).isEqualTo("current");
        assertThat(auth.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRefusedTokenRequestIsUnavailable() {
        auth.enqueue(Wire.json(401, "{\"error\":\"invalid_client\"}"));

        assertThatThrownBy(() -> tokens().token()).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("401")
                .hasMessageContaining("invalid_client");
    }

    @Test
    void anAnswerWithoutATokenIsUnavailable() {
        auth.enqueue(Wire.json(200, "{\"token_type\":\"bearer\"}"));
        auth.enqueue(Wire.json(200, "not json"));
        ClientCredentialsTokens tokens = tokens();

        assertThatThrownBy(tokens::token).isInstanceOf(UpstreamUnavailable.class);
        assertThatThrownBy(tokens::token).isInstanceOf(UpstreamUnavailable.class);
    }

    @Test
    void anUnreachableAuthServerIsUnavailable() {
        assertThatThrownBy(() -> tokens(Wire.deadUrl() + "oauth/token").token())
                .isInstanceOf(UpstreamUnavailable.class);
    }

    @Test
    void aFailedFetchIsNotCached() {
        auth.enqueue(Wire.json(503, "{}"));
        auth.enqueue(Wire.token("recovered", 3600));
        ClientCredentialsTokens tokens = tokens();

        assertThatThrownBy(tokens::token).isInstanceOf(UpstreamUnavailable.class);
        assertThat(tokens.token()).isEqualTo("recovered");
    }
}
