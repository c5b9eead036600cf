package org.prisonsync.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.Wire;
import org.prisonsync.http.visits.VisitsHttp;

class TokenCachesTest {
    private static final ObjectMapper MAPPER = JsonHttp.newMapper();

    @StartStop
    public final MockWebServer upstream = new MockWebServer();
    @StartStop
    public final MockWebServer auth = new MockWebServer();

    @Test
    void nomisAndDpsAdaptersOnOneClientShareOneToken() throws Exception {
        auth.enqueue(Wire.token("shared", 3600));
        upstream.enqueue(Wire.status(200));
        upstream.enqueue(Wire.status(200));
        HttpSettings settings = HttpSettings.defaults(Map.of("nomis", upstream.url("/nomis").toString(),
                        "visits", upstream.url("/visits").toString()))
                .withClientCredentials(auth.url("/token").toString(), "id", "secret");
        OkHttpClient client = HttpAdapters.client(settings);

        assertThat(VisitsHttp.visitsNomisApi(client, settings).cancelVisit("A1234BC", 1L, "ADMIN"))
                .isEqualTo(CancelResult.CANCELLED);
        assertThat(VisitsHttp.visitsDpsApi(client, settings).cancelVisit("ab-cd-ef-gh", "CANCELLATION", "SYS"))
                .isEqualTo(CancelResult.CANCELLED);

        assertThat(auth.getRequestCount()).isEqualTo(1);
        assertThat(upstream.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer shared");
        assertThat(upstream.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer shared");
        assertThat(TokenCaches.shared(client, settings, MAPPER)).isSameAs(TokenCaches.shared(client, settings, MAPPER));
        assertThat(TokenCaches.shared(HttpAdapters.client(settings), settings, MAPPER))
                .isNotSameAs(TokenCaches.shared(client, settings, MAPPER));
    }
}
