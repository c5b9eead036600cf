package org.prisonsync.http.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.NomisVisitCreated;
import org.prisonsync.core.visits.NomisVisitRequest;
import org.prisonsync.core.visits.VisitsNomisApi;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.Wire;

class OkHttpVisitsNomisApiTest {
    @StartStop
    public final MockWebServer nomis = new MockWebServer();
    @StartStop
    public final MockWebServer auth = new MockWebServer();

    private static final NomisVisitRequest REQUEST = new NomisVisitRequest(LocalDateTime.of(2026, 11, 24, 14, 0),
            "15:30", "MDI", List.of(4729570L, 4729580L), "SCON", LocalDate.of(2026, 11, 20),
            "DPS booking reference: ab-cd-ef-gh", "DPS booking reference: ab-cd-ef-gh", "Main visits room", "OPEN");

    private HttpSettings settings() {
        return HttpSettings.defaults(Map.of("nomis", nomis.url("/nomis-api").toString(),
                "visits", "http://127.0.0.1:1/unused"));
    }

    private VisitsNomisApi api(HttpSettings settings) {
        return VisitsHttp.visitsNomisApi(HttpAdapters.client(settings), settings);
    }

    private VisitsNomisApi api() {
        return api(settings());
    }

    private VisitsNomisApi authenticatedApi() {
        return api(settings().withClientCredentials(auth.url("/auth/oauth/token").toString(), "prison-sync", "s3cret"));
    }

    private RecordedRequest taken() throws InterruptedException {
        return nomis.takeRequest(1, TimeUnit.SECONDS);
    }

    @Test
    void createPostsTheCreateVisitRequestAndReturnsTheNewId() throws Exception {
        nomis.enqueue(Wire.json(201, "{\"visitId\": 10309617}"));

        NomisVisitCreated created = api().createVisit("A1234BC", REQUEST);

        assertThat(created).isEqualTo(new NomisVisitCreated(10309617L, false));
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/nomis-api/prisoners/A1234BC/visits");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        JsonNode body = Wire.body(request);
        assertThat(body.get("startDateTime").asText()).isEqualTo("2026-11-24T14:00:00");
        assertThat(body.get("endTime").asText()).isEqualTo("15:30");
        assertThat(body.get("prisonId").asText()).isEqualTo("MDI");
        assertThat(body.get("visitorPersonIds").toString()).isEqualTo("[4729570,4729580]");
        assertThat(body.get("visitType").asText()).isEqualTo("SCON");
        assertThat(body.get("issueDate").asText()).isEqualTo("2026-11-20");
        assertThat(body.get("visitComment").asText()).isEqualTo("DPS booking reference: ab-cd-ef-gh");
        assertThat(body.get("visitOrderComment").asText()).isEqualTo("DPS booking reference: ab-cd-ef-gh");
        assertThat(body.get("room").asText()).isEqualTo("Main visits room");
        assertThat(body.get("openClosedStatus").asText()).isEqualTo("OPEN");
        assertThat(body.size()).isEqualTo(10);
    }

    @Test
    void givenNomisAlreadyHoldsTheVisit_whenCreate409sWithANumericMoreInfo_thenTheExistingIdIsReturned() {
        nomis.enqueue(Wire.json(409, "{\"status\":409,\"userMessage\":\"Visit already exists\",\"moreInfo\":777}"));

        assertThat(api().createVisit("A1234BC", REQUEST)).isEqualTo(new NomisVisitCreated(777L, true));
    }

    @Test
    void givenNomisAlreadyHoldsTheVisit_whenCreate409sWithAStringMoreInfo_thenTheExistingIdIsReturned() {
        nomis.enqueue(Wire.json(409, "{\"status\":409,\"userMessage\":\"Visit already exists\",\"moreInfo\":\"888\"}"));

        assertThat(api().createVisit("A1234BC", REQUEST)).isEqualTo(new NomisVisitCreated(888L, true));
    }

    @Test
    void aCreate409WithoutAnExistingIdIsRejected() {
        nomis.enqueue(Wire.json(409, "{\"status\":409,\"userMessage\":\"Duplicate\",\"moreInfo\":\"not an id\"}"));
        nomis.enqueue(Wire.json(409, "{\"status\":409,\"userMessage\":\"Duplicate\"}"));
        nomis.enqueue(Wire.json(409, "<html>conflict</html>"));
        VisitsNomisApi api = api();

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> api.createVisit("A1234BC", REQUEST))
                    .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(409));
        }
    }

    @Test
    void aCreateRefusedWith400IsRejectedWithTheStartOfTheBody() {
        String longMessage = "x".repeat(600);
        nomis.enqueue(Wire.json(400, "{\"status\":400,\"userMessage\":\"" + longMessage + "\"}"));

        assertThatThrownBy(() -> api().createVisit("A1234BC", REQUEST))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("POST /nomis-api/prisoners/A1234BC/visits")
                            .contains("{\"status\":400,\"userMessage\":\"xxx")
                            .doesNotContain("x".repeat(500));
                });
    }

    @Test
    void aServerErrorIsUnavailableAndNamesTheCall() {
        nomis.enqueue(Wire.json(503, "{\"status\":503}"));

        assertThatThrownBy(() -> api().createVisit("A1234BC", REQUEST))
                .isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("POST")
                .hasMessageContaining("/nomis-api/prisoners/A1234BC/visits")
                .hasMessageContaining("503");
    }

    @Test
    void anUnreachableNomisIsUnavailable() {
        HttpSettings settings = HttpSettings.defaults(Map.of("nomis", Wire.deadUrl(), "visits", Wire.deadUrl()));

        assertThatThrownBy(() -> api(settings).findVisit(1L))
                .isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("GET /visits/1");
    }

    @Test
    void aReadTimeoutIsUnavailable() {
        nomis.enqueue(new MockResponse.Builder().code(201).body("{\"visitId\":1}")
                .headersDelay(2, TimeUnit.SECONDS).build());
        HttpSettings settings = settings().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200));

        long started = System.nanoTime();
        assertThatThrownBy(() -> api(settings).createVisit("A1234BC", REQUEST))
                .isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("POST /nomis-api/prisoners/A1234BC/visits");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void updatePutsTheUpdateVisitRequest() throws Exception {
        nomis.enqueue(Wire.status(200));

        assertThat(api().updateVisit("A1234BC", 10309617L, REQUEST)).isTrue();

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/nomis-api/prisoners/A1234BC/visits/10309617");
        JsonNode body = Wire.body(request);
        assertThat(body.get("startDateTime").asText()).isEqualTo("2026-11-24T14:00:00");
        assertThat(body.get("endTime").asText()).isEqualTo("15:30");
        assertThat(body.get("visitorPersonIds").toString()).isEqualTo("[4729570,4729580]");
        assertThat(body.get("room").asText()).isEqualTo("Main visits room");
        assertThat(body.get("openClosedStatus").asText()).isEqualTo("OPEN");
        assertThat(body.get("visitComment").asText()).isEqualTo("DPS booking reference: ab-cd-ef-gh");
        assertThat(body.has("prisonId")).isFalse();
        assertThat(body.has("issueDate")).isFalse();
        assertThat(body.has("visitType")).isFalse();
    }

    @Test
    void updateOfAVisitNomisDoesNotHoldIsFalse() {
        nomis.enqueue(Wire.json(404, "{\"status\":404}"));

        assertThat(api().updateVisit("A1234BC", 5L, REQUEST)).isFalse();
    }

    @Test
    void cancelPutsTheOutcomeAndMapsEveryAnswer() throws Exception {
        nomis.enqueue(Wire.status(200));
        nomis.enqueue(Wire.json(409, "{\"status\":409,\"userMessage\":\"Visit already cancelled\"}"));
        nomis.enqueue(Wire.json(404, "{\"status\":404}"));
        nomis.enqueue(Wire.json(400, "{\"status\":400,\"userMessage\":\"Invalid cancellation reason\"}"));
        VisitsNomisApi api = api();

        assertThat(api.cancelVisit("A1234BC", 42L, "VISCANC")).isEqualTo(CancelResult.CANCELLED);
        assertThat(api.cancelVisit("A1234BC", 42L, "VISCANC")).isEqualTo(CancelResult.ALREADY_CANCELLED);
        assertThat(api.cancelVisit("A1234BC", 42L, "VISCANC")).isEqualTo(CancelResult.NOT_FOUND);
        assertThatThrownBy(() -> api.cancelVisit("A1234BC", 42L, "NOPE"))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("Invalid cancellation reason");

        RecordedRequest first = taken();
        assertThat(first.getMethod()).isEqualTo("PUT");
        assertThat(first.getTarget()).isEqualTo("/nomis-api/prisoners/A1234BC/visits/42/cancel");
        assertThat(Wire.body(first).toString()).isEqualTo("{\"outcome\":\"VISCANC\"}");
    }

    @Test
    void findReadsTheVisitResponse() throws Exception {
        nomis.enqueue(Wire.json(200, """
                {
                  "visitId": 10309617,
                  "offenderNo": "A1234BC",
                  "startDateTime": "2026-11-24T14:00:00",
                  "endDateTime": "2026-11-24T15:30:00",
                  "prisonId": "MDI",
                  "visitors": [{"personId": 4729570, "leadVisitor": true}, {"personId": 4729580, "leadVisitor": false}],
                  "leadVisitor": {"personId": 4729570, "fullName": "Ann Smith", "telephones": ["0114 2345678"]},
                  "visitType": {"code": "SCON", "description": "Social Contact"},
                  "visitStatus": {"code": "CANC", "description": "Cancelled"},
                  "visitOutcome": {"code": "VISCANC", "description": "Visitor Cancelled"},
                  "agencyInternalLocation": {"code": "OFF_VIS", "description": "MDI-VISITS-OFF_VIS"},
                  "commentText": "DPS booking reference: ab-cd-ef-gh",
                  "visitorConcernText": "concern",
                  "whenCreated": "2026-11-20T09:15:00.123",
                  "whenUpdated": "2026-11-21T10:00:00",
                  "createUserId": "SYS",
                  "modifyUserId": "JSMITH_GEN",
                  "someNewField": {"nested": true}
                }
                """));

        Optional<NomisVisit> found = api().findVisit(10309617L);

        assertThat(found).contains(new NomisVisit(10309617L, "A1234BC", "MDI", LocalDateTime.of(2026, 11, 24, 14, 0),
                LocalDateTime.of(2026, 11, 24, 15, 30), "SCON", "CANC", "VISCANC", "MDI-VISITS-OFF_VIS",
                "DPS booking reference: ab-cd-ef-gh", "concern", List.of(4729570L, 4729580L), 4729570L, "SYS",
                "JSMITH_GEN", LocalDateTime.of(2026, 11, 20, 9, 15, 0, 123_000_000),
                LocalDateTime.of(2026, 11, 21, 10, 0)));
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/nomis-api/visits/10309617");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void findToleratesTheOptionalPartsBeingAbsent() {
        nomis.enqueue(Wire.json(200, """
                {"visitId": 5, "offenderNo": "A1234BC", "startDateTime": "2026-11-24T14:00:00",
                 "endDateTime": "2026-11-24T15:00:00", "prisonId": "MDI", "visitors": [],
                 "visitType": {"code": "OFFI", "description": "Official"},
                 "visitStatus": {"code": "SCH", "description": "Scheduled"},
                 "createUserId": "SYS", "whenCreated": "2026-11-20T09:15:00"}
                """));

        NomisVisit visit = api().findVisit(5L).orElseThrow();

        assertThat(visit.visitOutcome()).isNull();
        assertThat(visit.room()).isNull();
        assertThat(visit.leadVisitorPersonId()).isNull();
        assertThat(visit.modifyUserId()).isNull();
        assertThat(visit.whenUpdated()).isNull();
        assertThat(visit.visitorPersonIds()).isEmpty();
        assertThat(visit.cancelled()).isFalse();
    }

    @Test
    void findOfAVisitNomisDoesNotHoldIsEmpty() {
        nomis.enqueue(Wire.json(404, "{\"status\":404,\"userMessage\":\"Visit not found\"}"));

        assertThat(api().findVisit(99L)).isEmpty();
    }

    @Test
    void aGarbledBodyIsUnavailable() {
        nomis.enqueue(Wire.json(200, "<html>proxy error</html>"));
        nomis.enqueue(Wire.json(200, "{\"visitId\": 5}"));
        VisitsNomisApi api = api();

        assertThatThrownBy(() -> api.findVisit(5L)).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("unreadable");
        assertThatThrownBy(() -> api.findVisit(5L)).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("incomplete");
    }

    @Test
    void pathSegmentsAreEncodedSoAnIdCannotChangeThePath() throws Exception {
        nomis.enqueue(Wire.json(201, "{\"visitId\": 1}"));

        api().createVisit("A1/../x", REQUEST);

        assertThat(taken().getTarget()).isEqualTo("/nomis-api/prisoners/A1%2F..%2Fx/visits");
    }

    @Test
    void oneTokenServesManyCalls() throws Exception {
        auth.enqueue(Wire.token("token-1", 3600));
        for (int i = 0; i < 5; i++) {
            nomis.enqueue(Wire.json(404, "{}"));
        }
        VisitsNomisApi api = authenticatedApi();

        for (int i = 0; i < 5; i++) {
            api.findVisit(i);
        }

        assertThat(auth.getRequestCount()).isEqualTo(1);
        for (int i = 0; i < 5; i++) {
            assertThat(taken().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        }
    }

    @Test
    void givenTheTokenIsRefused_thenItIsRefreshedAndTheCallMadeOnceMore() throws Exception {
        auth.enqueue(Wire.token("revoked", 3600));
        auth.enqueue(Wire.token("fresh", 3600));
        nomis.enqueue(Wire.status(401));
        nomis.enqueue(Wire.json(201, "{\"visitId\": 31}"));

        assertThat(authenticatedApi().createVisit("A1234BC", REQUEST)).isEqualTo(new NomisVisitCreated(31L, false));

        assertThat(auth.getRequestCount()).isEqualTo(2);
        RecordedRequest refused = taken();
        RecordedRequest retried = taken();
        assertThat(refused.getHeaders().get("Authorization")).isEqualTo("Bearer revoked");
        assertThat(retried.getHeaders().get("Authorization")).isEqualTo("Bearer fresh");
        assertThat(Wire.body(retried)).isEqualTo(Wire.body(refused));
    }

    @Test
    void givenTheFreshTokenIsRefusedToo_thenTheCallIsRejectedWithoutFurtherRetries() {
        auth.enqueue(Wire.token("one", 3600));
        auth.enqueue(Wire.token("two", 3600));
        nomis.enqueue(Wire.status(401));
        nomis.enqueue(Wire.json(401, "{\"status\":401,\"userMessage\":\"role missing\"}"));

        assertThatThrownBy(() -> authenticatedApi().findVisit(3L))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThat(nomis.getRequestCount()).isEqualTo(2);
        assertThat(auth.getRequestCount()).isEqualTo(2);
    }

    @Test
    void withoutAuth_a401IsRejectedAtOnce() {
        nomis.enqueue(Wire.status(401));

        assertThatThrownBy(() -> api().findVisit(3L))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThat(nomis.getRequestCount()).isEqualTo(1);
    }

    @Test
    void givenNoTokenCanBeHad_thenTheCallIsUnavailableAndNeverSent() {
        auth.enqueue(Wire.json(500, "{}"));

        assertThatThrownBy(() -> authenticatedApi().findVisit(3L)).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("token");
        assertThat(nomis.getRequestCount()).isZero();
    }
}
