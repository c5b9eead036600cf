package org.prisonsync.http.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.movements.BookingMovement;
import org.prisonsync.core.movements.PrisonMovements;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.Wire;

class OkHttpPrisonMovementsTest {
    @StartStop
    public final MockWebServer prisonApi = new MockWebServer();
    @StartStop
    public final MockWebServer auth = new MockWebServer();

    /** Two movements as the Prison API sends them, with the extra fields it adds and the reader ignores. */
    private static final String MOVEMENTS = """
            [
              {"offenderNo": "A1234BC", "sequence": 1, "fromAgency": "CRTTRN", "fromAgencyDescription": "Court",
               "toAgency": "MDI", "toAgencyDescription": "Moorland (HMP & YOI)", "movementType": "ADM",
               "movementTypeDescription": "Admission", "directionCode": "IN",
               "movementDateTime": "2026-11-20T09:15:00", "movementReasonCode": "N",
               "movementReason": "Unconvicted Remand", "createdDateTime": "2026-11-20T09:16:12.345678",
               "modifiedDateTime": null},
              {"sequence": 2, "fromAgency": "MDI", "toAgency": "OUT", "movementType": "REL",
               "directionCode": "OUT", "movementDateTime": "2026-11-24T14:00:00", "movementReasonCode": "CR",
               "createdDateTime": "2026-11-24T14:01:00", "modifiedDateTime": "2026-11-24T15:30:00"}
            ]
            """;

    private HttpSettings settings() {
        // the NOMIS prisoner API elsewhere: the Prison API has a host of its own in production
        return HttpSettings.defaults(Map.of("nomis", "http://127.0.0.1:1/nomis-unused",
                "visits", "http://127.0.0.1:1/visits-unused", "prison", prisonApi.url("/prison-api").toString()));
    }

    private PrisonMovements api(HttpSettings settings) {
        return MovementsHttp.prisonMovements(HttpAdapters.client(settings), settings);
    }

    private RecordedRequest taken() throws InterruptedException {
        return prisonApi.takeRequest(1, TimeUnit.SECONDS);
    }

    @Test
    void movementsOfBookingReadsEveryFieldFromThePrisonApiPath() throws Exception {
        prisonApi.enqueue(Wire.json(200, MOVEMENTS));

        var movements = api(settings()).movementsOfBooking(1234567L);

        assertThat(movements).containsExactly(
                new BookingMovement(1, "CRTTRN", "MDI", "ADM", "IN", LocalDateTime.of(2026, 11, 20, 9, 15),
                        "N", LocalDateTime.of(2026, 11, 20, 9, 16, 12, 345_678_000), null),
                new BookingMovement(2, "MDI", "OUT", "REL", "OUT", LocalDateTime.of(2026, 11, 24, 14, 0),
                        "CR", LocalDateTime.of(2026, 11, 24, 14, 1), LocalDateTime.of(2026, 11, 24, 15, 30)));
        assertThat(movements.get(1).wasUpdated()).isTrue();
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/prison-api/api/movements/booking/1234567");
        assertThat(request.getHeaders().get("Authorization")).as("no auth configured").isNull();
    }

    @Test
    void withoutAPrisonApiUrlTheCallGoesToTheDefaultApiUrl() throws Exception {
        prisonApi.enqueue(Wire.json(200, "[]"));
        HttpSettings settings = HttpSettings.defaults(prisonApi.url("/nomis").toString())
                .withApiUrl("visits", "http://127.0.0.1:1/");

        assertThat(api(settings).movementsOfBooking(42L)).isEmpty();

        assertThat(taken().getTarget()).isEqualTo("/nomis/api/movements/booking/42");
        assertThat(settings.withApiUrl("prison", " ").apiUrl("prison")).isEqualTo(prisonApi.url("/nomis").toString());
        assertThat(settings.withApiUrl("prison", "http://prison-api").toString()).contains("prison=http://prison-api");
    }

    @Test
    void anUnknownBookingHasNoMovements() {
        prisonApi.enqueue(Wire.json(404, "{\"status\":404,\"userMessage\":\"Resource with id [9] not found.\"}"));

        assertThat(api(settings()).movementsOfBooking(9L)).isEmpty();
    }

    @Test
    void aServerErrorOrATimeoutIsUnavailableAndAnotherRefusalIsRejected() {
        prisonApi.enqueue(Wire.json(500, "{\"status\":500}"));
        prisonApi.enqueue(new MockResponse.Builder().code(200).body(MOVEMENTS).headersDelay(2, TimeUnit.SECONDS)
                .build());
        prisonApi.enqueue(Wire.json(403, "{\"status\":403,\"userMessage\":\"Forbidden\"}"));
        PrisonMovements api = api(settings().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200)));

        assertThatThrownBy(() -> api.movementsOfBooking(1L)).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("GET /prison-api/api/movements/booking/1").hasMessageContaining("500");
        assertThatThrownBy(() -> api.movementsOfBooking(2L)).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("GET /prison-api/api/movements/booking/2");
        assertThatThrownBy(() -> api.movementsOfBooking(3L))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void aMovementWithoutASequenceOrABodyThatIsNotAListIsAGarbledAnswer() {
        prisonApi.enqueue(Wire.json(200, "[{\"fromAgency\": \"MDI\", \"movementType\": \"REL\"}]"));
        prisonApi.enqueue(Wire.json(200, "<html>proxy error</html>"));
        PrisonMovements api = api(settings());

        assertThatThrownBy(() -> api.movementsOfBooking(5L)).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("no sequence");
        assertThatThrownBy(() -> api.movementsOfBooking(5L)).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("unreadable");
    }

    @Test
    void callsCarryTheSharedBearerToken() throws Exception {
        auth.enqueue(Wire.token("movements-token", 3600));
        prisonApi.enqueue(Wire.json(200, "[]"));
        prisonApi.enqueue(Wire.json(200, "[]"));
        HttpSettings settings = settings().withClientCredentials(auth.url("/oauth/token").toString(), "id", "secret");
        PrisonMovements api = api(settings);

        api.movementsOfBooking(1L);
        api.movementsOfBooking(2L);

        assertThat(taken().getHeaders().get("Authorization")).isEqualTo("Bearer movements-token");
        assertThat(taken().getHeaders().get("Authorization")).isEqualTo("Bearer movements-token");
        assertThat(auth.getRequestCount()).isEqualTo(1);
    }
}
