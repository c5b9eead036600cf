package org.prisonsync.http.prisoners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.prisoners.ActivePrisoner;
import org.prisonsync.core.prisoners.ActivePrisonersPage;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.Wire;

class OkHttpActivePrisonersTest {
    @StartStop
    public final MockWebServer nomis = new MockWebServer();

    private ActivePrisoners api() {
        HttpSettings settings = HttpSettings.defaults(Map.of("nomis", nomis.url("/nomis").toString(),
                "visits", "http://127.0.0.1:1/"));
        return PrisonersHttp.activePrisoners(HttpAdapters.client(settings), settings);
    }

    @Test
    void aPageIsReadFromTheNomisActivePrisonerIds() throws Exception {
        nomis.enqueue(Wire.json(200, """
                {"content": [{"bookingId": 1, "offenderNo": "A0001AA"}, {"bookingId": 2, "offenderNo": "A0002AA"}],
                 "totalElements": 5, "totalPages": 3, "number": 1, "size": 2, "last": false}"""));

        ActivePrisonersPage page = api().page(1, 2);

        assertThat(page).isEqualTo(new ActivePrisonersPage(List.of(new ActivePrisoner("A0001AA", 1L),
                new ActivePrisoner("A0002AA", 2L)), 5));
        assertThat(nomis.takeRequest(1, TimeUnit.SECONDS).getTarget())
                .isEqualTo("/nomis/prisoners/ids/active?page=1&size=2");
    }

    @Test
    void aPageWithoutATotalIsGarbledAndARefusalIsRejected() {
        nomis.enqueue(Wire.json(200, "{\"content\": []}"));
        nomis.enqueue(Wire.json(403, "{\"status\": 403}"));
        nomis.enqueue(Wire.json(502, "bad gateway"));
        ActivePrisoners api = api();

        assertThatThrownBy(() -> api.page(0, 10)).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("totalElements");
        assertThatThrownBy(() -> api.page(0, 10))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> api.page(0, 10)).isInstanceOf(UpstreamUnavailable.class);
    }

    @Test
    void aNegativePageIsRefusedWithoutACall() {
        assertThatThrownBy(() -> api().page(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(nomis.getRequestCount()).isZero();
    }
}
