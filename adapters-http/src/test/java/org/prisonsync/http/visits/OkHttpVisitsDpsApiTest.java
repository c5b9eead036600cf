package org.prisonsync.http.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.Wire;

class OkHttpVisitsDpsApiTest {
    @StartStop
    public final MockWebServer dps = new MockWebServer();
    @StartStop
    public final MockWebServer auth = new MockWebServer();

    private static final String VISIT = """
            {
              "applicationReference": "aaa-bbb-ccc",
              "reference": "ab-cd-ef-gh",
              "prisonerId": "A1234BC",
              "prisonId": "MDI",
              "prisonName": "Moorland (HMP & YOI)",
              "visitRoom": "Main visits room",
              "visitType": "SOCIAL",
              "visitStatus": "CANCELLED",
              "outcomeStatus": "VISITOR_CANCELLED",
              "visitRestriction": "CLOSED",
              "startTimestamp": "2026-11-24T14:00:00",
              "endTimestamp": "2026-11-24T15:30:00",
              "visitNotes": [
                {"type": "VISITOR_CONCERN", "text": "concern"},
                {"type": "VISIT_COMMENT", "text": "bring ID"}
              ],
              "visitContact": {"name": "Ann Smith", "telephone": "0114 2345678"},
              "visitors": [{"nomisPersonId": 4729570, "visitContact": true}, {"nomisPersonId": 4729580}],
              "visitorSupport": [],
              "createdTimestamp": "2026-11-20T09:15:00.123456",
              "modifiedTimestamp": "2026-11-21T10:00:00"
            }
            """;

    private HttpSettings settings() {
        return HttpSettings.defaults(Map.of("nomis", "http://127.0.0.1:1/unused", "visits", dps.url("/").toString()));
    }

    private VisitsDpsApi api(HttpSettings settings) {
        return VisitsHttp.visitsDpsApi(HttpAdapters.client(settings), settings);
    }

    private VisitsDpsApi api() {
        return api(settings());
    }

    private RecordedRequest taken() throws InterruptedException {
        return dps.takeRequest(1, TimeUnit.SECONDS);
    }

    @Test
    void findReadsTheVisitDto() throws Exception {
        dps.enqueue(Wire.json(200, VISIT));

        DpsVisit visit = api().findVisit("ab-cd-ef-gh").orElseThrow();

        assertThat(visit).isEqualTo(new DpsVisit("ab-cd-ef-gh", "A1234BC", "MDI", "Main visits room", "SOCIAL",
                "CANCELLED", "VISITOR_CANCELLED", "CLOSED", LocalDateTime.of(2026, 11, 24, 14, 0),
                LocalDateTime.of(2026, 11, 24, 15, 30), List.of(4729570L, 4729580L), "bring ID"));
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/visits/ab-cd-ef-gh");
    }

    @Test
    void theVisitorsSupportNeedsAreReadInBothOfTheSchedulersShapes() {
        String bare = "{\"reference\": \"ab-cd-ef-gh\", \"prisonerId\": \"A1234BC\", \"prisonId\": \"MDI\","
                + " \"visitRoom\": \"Room 1\", \"visitType\": \"SOCIAL\", \"visitStatus\": \"BOOKED\","
                + " \"visitRestriction\": \"OPEN\", \"startTimestamp\": \"2026-11-24T14:00:00\","
                + " \"endTimestamp\": \"2026-11-24T15:00:00\", \"visitors\": [], \"visitorSupport\": ";
        dps.enqueue(Wire.json(200, bare + "{\"description\": \"Wheelchair access\"}}"));
        dps.enqueue(Wire.json(200, bare + "[{\"type\": \"WHEELCHAIR\"}, {\"type\": \"OTHER\","
                + " \"text\": \"hearing loop\"}]}"));
        dps.enqueue(Wire.json(200, bare + "null}"));
        VisitsDpsApi api = api();

        assertThat(api.findVisit("ab-cd-ef-gh").orElseThrow().visitorSupport()).isEqualTo("Wheelchair access");
        assertThat(api.findVisit("ab-cd-ef-gh").orElseThrow().visitorSupport())
                .isEqualTo("WHEELCHAIR, hearing loop");
        assertThat(api.findVisit("ab-cd-ef-gh").orElseThrow().visitorSupport()).isNull();
    }

    @Test
    void aVisitWithoutACommentNoteHasNoComment() {
        dps.enqueue(Wire.json(200, """
                {"reference": "ab-cd-ef-gh", "prisonerId": "A1234BC", "prisonId": "MDI", "visitRoom": "Room 1",
                 "visitType": "OFFICIAL", "visitStatus": "BOOKED", "visitRestriction": "OPEN",
                 "startTimestamp": "2026-11-24T14:00:00", "endTimestamp": "2026-11-24T15:00:00",
                 "visitNotes": [{"type": "VISITOR_CONCERN", "text": "concern"}], "visitors": []}
                """));

        DpsVisit visit = api().findVisit("ab-cd-ef-gh").orElseThrow();

        assertThat(visit.visitComment()).isNull();
        assertThat(visit.outcomeStatus()).isNull();
        assertThat(visit.visitorPersonIds()).isEmpty();
        assertThat(visit.cancelled()).isFalse();
    }

    @Test
    void findOfAnUnknownReferenceIsEmpty() {
        dps.enqueue(Wire.json(404, "{\"status\":404,\"userMessage\":\"Visit reference not found\"}"));

        assertThat(api().findVisit("zz-zz-zz-zz")).isEmpty();
    }

    @Test
    void aVisitMissingItsPrisonerIsAGarbledAnswer() {
        dps.enqueue(Wire.json(200, "{\"reference\": \"ab-cd-ef-gh\"}"));

        assertThatThrownBy(() -> api().findVisit("ab-cd-ef-gh")).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("GET /visits/ab-cd-ef-gh");
    }

    @Test
    void cancelRecordsTheNomisCancellationThroughMigrateVisits() throws Exception {
        dps.enqueue(Wire.json(200, VISIT));

        assertThat(api().cancelVisit("ab-cd-ef-gh", "VISITOR_CANCELLED", "JSMITH_GEN"))
                .isEqualTo(CancelResult.CANCELLED);

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/migrate-visits/ab-cd-ef-gh/cancel");
        JsonNode body = Wire.body(request);
        assertThat(body.at("/cancelOutcome/outcomeStatus").asText()).isEqualTo("VISITOR_CANCELLED");
        assertThat(body.at("/cancelOutcome/text").asText()).isEqualTo("Cancelled in NOMIS");
        assertThat(body.get("actionedBy").asText()).isEqualTo("JSMITH_GEN");
    }

    @Test
    void cancelMapsAlreadyCancelledNotFoundAndRefusals() {
        dps.enqueue(Wire.json(409, "{\"status\":409,\"userMessage\":\"already cancelled\"}"));
        dps.enqueue(Wire.json(404, "{\"status\":404}"));
        dps.enqueue(Wire.json(400, "{\"status\":400,\"userMessage\":\"bad outcome\"}"));
        VisitsDpsApi api = api();

        assertThat(api.cancelVisit("ab-cd-ef-gh", "CANCELLATION", "SYS")).isEqualTo(CancelResult.ALREADY_CANCELLED);
        assertThat(api.cancelVisit("ab-cd-ef-gh", "CANCELLATION", "SYS")).isEqualTo(CancelResult.NOT_FOUND);
        assertThatThrownBy(() -> api.cancelVisit("ab-cd-ef-gh", "NOPE", "SYS"))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("bad outcome");
    }

    @Test
    void serverErrorsAndTimeoutsAreUnavailable() {
        dps.enqueue(Wire.json(502, "bad gateway"));
        dps.enqueue(new MockResponse.Builder().code(200).body(VISIT).headersDelay(2, TimeUnit.SECONDS).build());
        VisitsDpsApi api = api(settings().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200)));

        assertThatThrownBy(() -> api.cancelVisit("ab-cd-ef-gh", "CANCELLATION", "SYS"))
                .isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("PUT /migrate-visits/ab-cd-ef-gh/cancel")
                .hasMessageContaining("502");
        assertThatThrownBy(() -> api.findVisit("ab-cd-ef-gh"))
                .isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("GET /visits/ab-cd-ef-gh");
    }

    @Test
    void anUnreachableServiceIsUnavailable() {
        assertThatThrownBy(() -> api(HttpSettings.defaults(Map.of("nomis", Wire.deadUrl(),
                "visits", Wire.deadUrl()))).findVisit("ab-cd-ef-gh"))
                .isInstanceOf(UpstreamUnavailable.class);
    }

    @Test
    void callsCarryTheBearerTokenAndA401RefreshesItOnce() throws Exception {
        auth.enqueue(Wire.token("old", 3600));
        auth.enqueue(Wire.token("new", 3600));
        dps.enqueue(Wire.status(401));
        dps.enqueue(Wire.status(200));
        HttpSettings settings = settings().withClientCredentials(auth.url("/oauth/token").toString(), "id", "secret");

        assertThat(api(settings).cancelVisit("ab-cd-ef-gh", "CANCELLATION", "SYS")).isEqualTo(CancelResult.CANCELLED);

        assertThat(taken().getHeaders().get("Authorization")).isEqualTo("Bearer old");
        assertThat(taken().getHeaders().get("Authorization")).isEqualTo("Bearer new");
        assertThat(auth.getRequestCount()).isEqualTo(2);
    }
}
