package org.prisonsync.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpAdaptersTest {
    @Test
    void theClientIsBoundedAndNeverReplaysAFailedConnection() {
        HttpSettings settings = new HttpSettings(null, Map.of("nomis", "http://nomis", "visits", "http://visits"),
                null, null, null, Duration.ofMillis(1500), Duration.ofSeconds(7), 3, 5,
                HttpSettings.DEFAULT_IDLE_CONNECTION_TIMEOUT);

        OkHttpClient client = HttpAdapters.client(settings);

        assertThat(client.connectTimeoutMillis()).isEqualTo(1500);
        assertThat(client.readTimeoutMillis()).isEqualTo(7000);
        assertThat(client.retryOnConnectionFailure()).isFalse();
        assertThat(client.dispatcher().getMaxRequestsPerHost()).isEqualTo(5);
    }

    @Test
    void defaultsHaveNoAuthAndTheAgreedLimits() {
        HttpSettings defaults = HttpSettings.defaults(Map.of("nomis", "http://nomis", "visits", "http://visits"));

        assertThat(defaults.authenticated()).isFalse();
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.maxIdleConnections()).isEqualTo(32);
        assertThat(defaults.maxRequestsPerHost()).isEqualTo(64);
        assertThat(defaults.idleConnectionTimeout()).isEqualTo(Duration.ofSeconds(10)); // Jetty closes after 30 s
    }

    @Test
    void settingsRefuseAnIdleConnectionTimeoutUnderAMillisecond() {
        HttpSettings defaults = HttpSettings.defaults(Map.of("nomis", "http://nomis", "visits", "http://visits"));

        assertThatThrownBy(() -> defaults.withIdleConnectionTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idleConnectionTimeout");
        assertThatThrownBy(() -> defaults.withIdleConnectionTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(defaults.withIdleConnectionTimeout(Duration.ofSeconds(4)).withTimeouts(Duration.ofSeconds(1),
                Duration.ofSeconds(2)).idleConnectionTimeout()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void settingsRefuseATokenUrlWithoutCredentialsAndKeepTheSecretOutOfToString() {
        HttpSettings defaults = HttpSettings.defaults(Map.of("nomis", "http://nomis", "visits", "http://visits"));

        assertThatThrownBy(() -> defaults.withClientCredentials("http://auth/token", "id", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(defaults.withClientCredentials("http://auth/token", "id", "hush").toString())
                .doesNotContain("hush");
        assertThat(defaults.withClientCredentials(" ", null, null).authenticated()).isFalse();
    }
}
