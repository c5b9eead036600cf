package org.prisonsync.http.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
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
import org.prisonsync.core.alerts.AlertsNomisApi;
import org.prisonsync.core.alerts.NomisAlert;
import org.prisonsync.core.alerts.NomisAlertCreated;
import org.prisonsync.core.alerts.NomisAlertId;
import org.prisonsync.core.alerts.NomisAlertRequest;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.Wire;

class OkHttpAlertsNomisApiTest {
    @StartStop
    public final MockWebServer nomis = new MockWebServer();

    /** An {@code AlertResponse} as NOMIS sends it, with fields the reader ignores. */
    private static final String ALERT = """
            {"bookingId": 1234567, "bookingSequence": 1, "alertSequence": 3,
             "alertCode": {"code": "HA", "description": "ACCT open"}, "type": {"code": "H", "description": "Self Harm"},
             "date": "2026-11-20", "expiryDate": "2026-12-20", "isActive": true, "isVerified": false,
             "authorisedBy": "Governor", "comment": "at risk",
             "audit": {"createDatetime": "2026-11-20T09:15:00.123", "createUsername": "SYNC_USER",
                       "createDisplayName": "Sync User", "modifyDatetime": "2026-11-21T10:00:00",
                       "modifyUserId": "OFFICER_B", "modifyDisplayName": "Bob Officer",
                       "auditModuleName": "DPS_SYNCHRONISATION",
                       "auditAdditionalInfo": null, "auditTimestamp": "2026-11-21T10:00:00"}}
            """;

    private static final NomisAlertRequest REQUEST = new NomisAlertRequest("HA", LocalDate.of(2026, 11, 20),
            null, true, "at risk", "Governor", "SYNC_USER");

    private AlertsNomisApi api(HttpSettings settings) {
        return AlertsHttp.alertsNomisApi(HttpAdapters.client(settings), settings);
    }

    private AlertsNomisApi api() {
        return api(HttpSettings.defaults(Map.of("nomis", nomis.url("/").toString(),
                "visits", "http://127.0.0.1:1/unused")));
    }

    private RecordedRequest taken() throws InterruptedException {
        return nomis.takeRequest(1, TimeUnit.SECONDS);
    }

    @Test
    void createPostsTheCreateAlertRequestAndReadsTheNewId() throws Exception {
        nomis.enqueue(Wire.json(201, """
                {"bookingId": 1234567, "alertSequence": 4, "alertCode": {"code": "HA", "description": "d"},
                 "type": {"code": "H", "description": "d"}}"""));

        NomisAlertCreated created = api().createAlert("A1234BC", REQUEST);

        assertThat(created).isEqualTo(new NomisAlertCreated(new NomisAlertId(1234567, 4), false));
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/prisoners/A1234BC/alerts");
        JsonNode body = Wire.body(request);
        assertThat(body.get("alertCode").asText()).isEqualTo("HA");
        assertThat(body.get("date").asText()).isEqualTo("2026-11-20");
        assertThat(body.get("isActive").asBoolean()).isTrue();
        assertThat(body.get("createUsername").asText()).isEqualTo("SYNC_USER");
        assertThat(body.get("authorisedBy").asText()).isEqualTo("Governor");
        assertThat(body.has("expiryDate")).isFalse();
    }

    @Test
    void aConflictIsAlreadyActiveWithTheExistingAlertsId() {
        nomis.enqueue(Wire.json(409, """
                {"status": 409, "developerMessage": "Alert code HA is already active on booking 1234567",
                 "moreInfo": {"bookingId": 1234567, "sequence": 2}}"""));

        assertThat(api().createAlert("A1234BC", REQUEST))
                .isEqualTo(new NomisAlertCreated(new NomisAlertId(1234567, 2), true));
    }

    @Test
    void aConflictWithoutTheExistingIdIsAGarbledAnswer() {
        nomis.enqueue(Wire.json(409, "{\"status\": 409, \"developerMessage\": \"duplicate\"}"));

        assertThatThrownBy(() -> api().createAlert("A1234BC", REQUEST)).isInstanceOf(UpstreamUnavailable.class);
    }

    @Test
    void createForAnUnknownPrisonerIsRejectedWith404() {
        nomis.enqueue(Wire.json(404, "{\"status\": 404, \"userMessage\": \"Prisoner does not exist\"}"));

        assertThatThrownBy(() -> api().createAlert("A1234BC", REQUEST))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void findReadsTheAlertResponseWithItsAudit() throws Exception {
        nomis.enqueue(Wire.json(200, ALERT));

        NomisAlert alert = api().findAlert(new NomisAlertId(1234567, 3)).orElseThrow();

        assertThat(alert).isEqualTo(new NomisAlert(new NomisAlertId(1234567, 3), 1, "HA", LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 12, 20), true, "at risk", "Governor",
                LocalDateTime.of(2026, 11, 20, 9, 15, 0, 123_000_000), "SYNC_USER", "OFFICER_B",
                "DPS_SYNCHRONISATION", null, LocalDateTime.of(2026, 11, 21, 10, 0), "Sync User", "Bob Officer"));
        assertThat(alert.writtenBySync()).isTrue();
        assertThat(taken().getTarget()).isEqualTo("/prisoners/booking-id/1234567/alerts/3");
    }

    @Test
    void unknownAlertsAreEmptyOrFalse() throws Exception {
        nomis.enqueue(Wire.json(404, "{\"status\": 404}"));
        nomis.enqueue(Wire.json(404, "{\"status\": 404}"));
        nomis.enqueue(Wire.json(404, "{\"status\": 404}"));
        AlertsNomisApi api = api();
        NomisAlertId id = new NomisAlertId(1, 9);

        assertThat(api.findAlert(id)).isEmpty();
        assertThat(api.updateAlert(id, REQUEST)).isFalse();
        assertThat(api.deleteAlert(id)).isFalse();

        taken();
        assertThat(taken().getMethod()).isEqualTo("PUT");
        assertThat(taken().getMethod()).as("delete asks first and sends no DELETE for a missing alert")
                .isEqualTo("GET");
        assertThat(nomis.getRequestCount()).isEqualTo(3);
    }

    @Test
    void updatePutsTheUpdateAlertRequestWithoutTheCode() throws Exception {
        nomis.enqueue(Wire.json(200, ALERT));

        assertThat(api().updateAlert(new NomisAlertId(1234567, 3), new NomisAlertRequest("HA",
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30), false, "ended", null, "OFFICER_B"))).isTrue();

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/prisoners/booking-id/1234567/alerts/3");
        JsonNode body = Wire.body(request);
        assertThat(body.has("alertCode")).isFalse();
        assertThat(body.get("updateUsername").asText()).isEqualTo("OFFICER_B");
        assertThat(body.get("expiryDate").asText()).isEqualTo("2026-11-30");
        assertThat(body.get("isActive").asBoolean()).isFalse();
    }

    @Test
    void deleteOfAnExistingAlertSendsTheDelete() throws Exception {
        nomis.enqueue(Wire.json(200, ALERT));
        nomis.enqueue(Wire.status(204));

        assertThat(api().deleteAlert(new NomisAlertId(1234567, 3))).isTrue();

        assertThat(taken().getMethod()).isEqualTo("GET");
        RecordedRequest delete = taken();
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getTarget()).isEqualTo("/prisoners/booking-id/1234567/alerts/3");
    }

    @Test
    void currentBookingAlertsReadsTheLatestBookingAndIsEmptyForAnUnknownPrisoner() throws Exception {
        nomis.enqueue(Wire.json(200, "{\"latestBookingAlerts\": [" + ALERT + "], \"previousBookingsAlerts\": []}"));
        nomis.enqueue(Wire.json(404, "{\"status\": 404}"));
        AlertsNomisApi api = api();

        assertThat(api.currentBookingAlerts("A1234BC")).extracting(NomisAlert::id)
                .containsExactly(new NomisAlertId(1234567, 3));
        assertThat(api.currentBookingAlerts("Z9999ZZ")).isEmpty();
        assertThat(taken().getTarget()).isEqualTo("/prisoners/A1234BC/alerts/to-migrate");
    }

    @Test
    void resynchronisePostsEveryAlertAndReturnsTheIdsInOrder() throws Exception {
        nomis.enqueue(Wire.json(201, """
                [{"bookingId": 7, "alertSequence": 1, "alertCode": {"code": "HA", "description": "d"},
                  "type": {"code": "H", "description": "d"}},
                 {"bookingId": 7, "alertSequence": 2, "alertCode": {"code": "XA", "description": "d"},
                  "type": {"code": "X", "description": "d"}}]"""));
        NomisAlertRequest other = new NomisAlertRequest("XA", LocalDate.of(2026, 1, 1), null, true, null, null,
                "SYNC_USER");

        List<NomisAlertId> ids = api().resynchronise("A1234BC", List.of(REQUEST, other));

        assertThat(ids).containsExactly(new NomisAlertId(7, 1), new NomisAlertId(7, 2));
        RecordedRequest request = taken();
        assertThat(request.getTarget()).isEqualTo("/prisoners/A1234BC/alerts/resynchronise");
        JsonNode body = Wire.body(request);
        assertThat(body.isArray()).isTrue();
        assertThat(body.get(1).get("alertCode").asText()).isEqualTo("XA");
    }

    @Test
    void aResyncAnswerWithFewerIdsThanAlertsIsUnavailable() {
        nomis.enqueue(Wire.json(201, "[]"));

        assertThatThrownBy(() -> api().resynchronise("A1234BC", List.of(REQUEST)))
                .isInstanceOf(UpstreamUnavailable.class).hasMessageContaining("0 ids for 1 alerts");
    }

    @Test
    void aServerErrorOrATimeoutIsUnavailable() {
        nomis.enqueue(Wire.json(503, "{\"status\": 503}"));
        nomis.enqueue(new MockResponse.Builder().code(200).body(ALERT).headersDelay(2, TimeUnit.SECONDS).build());
        HttpSettings settings = HttpSettings.defaults(Map.of("nomis", nomis.url("/").toString(),
                        "visits", "http://127.0.0.1:1/"))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200));
        AlertsNomisApi api = api(settings);

        assertThatThrownBy(() -> api.createAlert("A1234BC", REQUEST)).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("503");
        assertThatThrownBy(() -> api.findAlert(new NomisAlertId(1, 1))).isInstanceOf(UpstreamUnavailable.class);
    }
}
