package org.prisonsync.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.visits.CancelResult;

class HttpAdaptersTest {
    @StartStop
    public final MockWebServer upstream = new MockWebServer();
    @StartStop
    public final MockWebServer auth = new MockWebServer();

    @Test
    void theClientIsBoundedAndNeverReplaysAFailedConnection() {
        HttpSettings settings = new HttpSettings("http://nomis", "http://visits", null, null, null,
                Duration.ofMillis(1500), Duration.ofSeconds(7), 3, 5, null, null);

        OkHttpClient client = HttpAdapters.client(settings);

        assertThat(client.connectTimeoutMillis()).isEqualTo(1500);
        assertThat(client.readTimeoutMillis()).isEqualTo(7000);
        assertThat(client.retryOnConnectionFailure()).isFalse();
        assertThat(client.dispatcher().getMaxRequestsPerHost()).isEqualTo(5);
    }

    @Test
    void defaultsHaveNoAuthAndTheAgreedLimits() {
        HttpSettings defaults = HttpSettings.defaults("http://nomis", "http://visits");

        assertThat(defaults.authenticated()).isFalse();
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.maxIdleConnections()).isEqualTo(32);
        assertThat(defaults.maxRequestsPerHost()).isEqualTo(64);
        assertThat(defaults.idleConnectionTimeout()).isEqualTo(Duration.ofSeconds(10)); // Jetty closes after 30 s
    }

    @Test
    void settingsRefuseAnIdleConnectionTimeoutUnderAMillisecond() {
        HttpSettings defaults = HttpSettings.defaults("http://nomis", "http://visits");

        assertThatThrownBy(() -> defaults.withIdleConnectionTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idleConnectionTimeout");
        assertThatThrownBy(() -> defaults.withIdleConnectionTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(defaults.withIdleConnectionTimeout(Duration.ofSeconds(4)).withTimeouts(Duration.ofSeconds(1),
                Duration.ofSeconds(2)).idleConnectionTimeout()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void settingsRefuseATokenUrlWithoutCredentialsAndKeepTheSecretOutOfToString() {
        HttpSettings defaults = HttpSettings.defaults("http://nomis", "http://visits");

        assertThatThrownBy(() -> defaults.withClientCredentials("http://auth/token", "id", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(defaults.withClientCredentials("http://auth/token", "id", "hush").toString())
                .doesNotContain("hush");
        assertThat(defaults.withClientCredentials(" ", null, null).authenticated()).isFalse();
    }

    @Test
    void nomisAndDpsAdaptersOnOneClientShareOneToken() throws Exception {
        auth.enqueue(Wire.token("shared", 3600));
        upstream.enqueue(Wire.status(200));
        upstream.enqueue(Wire.status(200));
        HttpSettings settings = HttpSettings.defaults(upstream.url("/nomis").toString(),
                        upstream.url("/visits").toString())
                .withClientCredentials(auth.url("/token").toString(), "id", "secret");
        OkHttpClient client = HttpAdapters.client(settings);

        assertThat(HttpAdapters.visitsNomisApi(client, settings).cancelVisit("A1234BC", 1L, "ADMIN"))
                .isEqualTo(CancelResult.CANCELLED);
        assertThat(HttpAdapters.visitsDpsApi(client, settings).cancelVisit("ab-cd-ef-gh", "CANCELLATION", "SYS"))
                .isEqualTo(CancelResult.CANCELLED);

        assertThat(auth.getRequestCount()).isEqualTo(1);
        assertThat(upstream.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer shared");
        assertThat(upstream.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer shared");
        assertThat(HttpAdapters.tokens(client, settings)).isSameAs(HttpAdapters.tokens(client, settings));
        assertThat(HttpAdapters.tokens(HttpAdapters.client(settings), settings))
                .isNotSameAs(HttpAdapters.tokens(client, settings));
    }
}
