package org.prisonsync.http.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.alerts.AlertsDpsApi;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.DpsAlertRequest;
import org.prisonsync.core.alerts.DpsResyncAlert;
import org.prisonsync.core.alerts.NomisAlertId;
import org.prisonsync.core.alerts.ResyncedAlert;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.Wire;

class OkHttpAlertsDpsApiTest {
    @StartStop
    public final MockWebServer alertsApi = new MockWebServer();

    private static final String UUID = "8cdadcf3-b003-4116-9956-c99bd8df6a00";
    /** An {@code Alert} as the alerts API sends it, with fields the reader ignores. */
    private static final String ALERT = """
            {"alertUuid": "%s", "prisonNumber": "A1234BC",
             "alertCode": {"alertTypeCode": "H", "alertTypeDescription": "Self harm", "code": "HA",
                           "description": "ACCT open", "canBeAdministered": true},
             "description": "at risk", "authorisedBy": "Governor", "activeFrom": "2026-11-20", "activeTo": null,
             "isActive": true, "createdAt": "2026-11-20T09:15:00", "createdBy": "OFFICER_A",
             "createdByDisplayName": "Officer A", "lastModifiedBy": "OFFICER_B",
             "prisonCodeWhenCreated": "MDI"}""".formatted(UUID);
    private static final DpsAlert EXPECTED = new DpsAlert(UUID, "A1234BC", "HA", "at risk", "Governor",
            LocalDate.of(2026, 11, 20), null, true, LocalDateTime.of(2026, 11, 20, 9, 15), "OFFICER_A", "OFFICER_B");
    private static final DpsAlertRequest REQUEST = new DpsAlertRequest("HA", "at risk", "Governor",
            LocalDate.of(2026, 11, 20), null);

    private AlertsDpsApi api() {
        // the visit scheduler elsewhere: the alerts API has a URL of its own
        HttpSettings settings = HttpSettings.defaults(Map.of("nomis", "http://127.0.0.1:1/nomis",
                "visits", "http://127.0.0.1:1/visits", "alerts", alertsApi.url("/alerts-api").toString()));
        return AlertsHttp.alertsDpsApi(HttpAdapters.client(settings), settings);
    }

    private RecordedRequest taken() throws InterruptedException {
        return alertsApi.takeRequest(1, TimeUnit.SECONDS);
    }

    @Test
    void findReadsTheAlertWithItsCodeFlattened() throws Exception {
        alertsApi.enqueue(Wire.json(200, ALERT));

        assertThat(api().findAlert(UUID)).contains(EXPECTED);
        assertThat(taken().getTarget()).isEqualTo("/alerts-api/alerts/" + UUID);
    }

    @Test
    void withoutAnAlertsApiUrlTheCallsGoToTheDefaultApiUrl() throws Exception {
        alertsApi.enqueue(Wire.json(404, "{\"status\": 404}"));
        HttpSettings settings = HttpSettings.defaults(alertsApi.url("/dps").toString())
                .withApiUrl("nomis", "http://127.0.0.1:1/nomis");

        assertThat(AlertsHttp.alertsDpsApi(HttpAdapters.client(settings), settings).findAlert(UUID)).isEmpty();

        assertThat(taken().getTarget()).isEqualTo("/dps/alerts/" + UUID);
        assertThat(settings.withApiUrl("alerts", " ").apiUrl("alerts")).isEqualTo(alertsApi.url("/dps").toString());
    }

    @Test
    void createPostsAsNomisOnBehalfOfTheUser() throws Exception {
        alertsApi.enqueue(Wire.json(201, ALERT));

        assertThat(api().createAlert("A1234BC", REQUEST, "OFFICER_A")).isEqualTo(EXPECTED);

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/alerts-api/prisoners/A1234BC/alerts");
        assertThat(request.getHeaders().get("Source")).isEqualTo("NOMIS");
        assertThat(request.getHeaders().get("Username")).isEqualTo("OFFICER_A");
        JsonNode body = Wire.body(request);
        assertThat(body.get("alertCode").asText()).isEqualTo("HA");
        assertThat(body.get("activeFrom").asText()).isEqualTo("2026-11-20");
    }

    @Test
    void aDuplicateActiveCodeIsRejectedWith409() {
        alertsApi.enqueue(Wire.json(409, "{\"status\": 409, \"userMessage\": \"Active alert already exists\"}"));

        assertThatThrownBy(() -> api().createAlert("A1234BC", REQUEST, "OFFICER_A"))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void updateAndDeleteCarryTheHeadersAndAreFalseOn404() throws Exception {
        alertsApi.enqueue(Wire.json(200, ALERT));
        alertsApi.enqueue(Wire.status(204));
        alertsApi.enqueue(Wire.json(404, "{\"status\": 404}"));
        alertsApi.enqueue(Wire.json(404, "{\"status\": 404}"));
        AlertsDpsApi api = api();

        assertThat(api.updateAlert(UUID, REQUEST, "OFFICER_B")).isTrue();
        assertThat(api.deleteAlert(UUID, "OFFICER_B")).isTrue();
        assertThat(api.updateAlert(UUID, REQUEST, "OFFICER_B")).isFalse();
        assertThat(api.deleteAlert(UUID, "OFFICER_B")).isFalse();

        RecordedRequest update = taken();
        assertThat(update.getMethod()).isEqualTo("PUT");
        assertThat(update.getHeaders().get("Source")).isEqualTo("NOMIS");
        assertThat(Wire.body(update).has("alertCode")).isFalse();
        RecordedRequest delete = taken();
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getTarget()).isEqualTo("/alerts-api/alerts/" + UUID);
        assertThat(delete.getHeaders().get("Username")).isEqualTo("OFFICER_B");
    }

    @Test
    void alertsOfReadsEveryPage() throws Exception {
        alertsApi.enqueue(Wire.json(200, "{\"content\": [" + ALERT + "], \"last\": false, \"totalElements\": 2}"));
        alertsApi.enqueue(Wire.json(200, "{\"content\": [" + ALERT.replace("\"HA\"", "\"XA\"")
                + "], \"last\": true, \"totalElements\": 2}"));

        assertThat(api().alertsOf("A1234BC")).extracting(DpsAlert::alertCode).containsExactly("HA", "XA");

        assertThat(taken().getTarget()).isEqualTo("/alerts-api/prisoners/A1234BC/alerts?page=0&size=1000");
        assertThat(taken().getTarget()).isEqualTo("/alerts-api/prisoners/A1234BC/alerts?page=1&size=1000");
    }

    @Test
    void resynchronisePostsTheResyncAlertsAndReadsTheNewUuids() throws Exception {
        alertsApi.enqueue(Wire.json(201, "[{\"offenderBookId\": 5, \"alertSeq\": 1, \"alertUuid\": \"" + UUID
                + "\"}]"));
        DpsResyncAlert alert = new DpsResyncAlert(new NomisAlertId(5, 1), "XA", "x", null, LocalDate.of(2026, 1, 1),
                null, true, LocalDateTime.of(2026, 1, 1, 10, 0), "NOMIS_USER", null);

        List<ResyncedAlert> resynced = api().resynchronise("A1234BC", List.of(alert));

        assertThat(resynced).containsExactly(new ResyncedAlert(new NomisAlertId(5, 1), UUID));
        RecordedRequest request = taken();
        assertThat(request.getTarget()).isEqualTo("/alerts-api/resync/A1234BC/alerts");
        JsonNode sent = Wire.body(request).get(0);
        assertThat(sent.get("offenderBookId").asLong()).isEqualTo(5);
        assertThat(sent.get("alertSeq").asLong()).isEqualTo(1);
        assertThat(sent.get("isActive").asBoolean()).isTrue();
        assertThat(sent.get("createdBy").asText()).isEqualTo("NOMIS_USER");
        assertThat(sent.get("createdByDisplayName").asText()).isEqualTo("NOMIS_USER");
        assertThat(sent.get("createdAt").asText()).isEqualTo("2026-01-01T10:00:00");
    }

    @Test
    void resynchroniseSendsTheAlertsAuditWithDisplayNamesAndLastModification() throws Exception {
        alertsApi.enqueue(Wire.json(201, "[{\"offenderBookId\": 5, \"alertSeq\": 1, \"alertUuid\": \"" + UUID
                + "\"}]"));
        DpsResyncAlert alert = new DpsResyncAlert(new NomisAlertId(5, 1), "XA", "x", null, LocalDate.of(2026, 1, 1),
                null, true, LocalDateTime.of(2026, 1, 1, 10, 0), "OFFICER_A", "Anne Officer",
                LocalDateTime.of(2026, 2, 3, 14, 5, 6), "OFFICER_B", "Bob Officer");

        api().resynchronise("A1234BC", List.of(alert));

        JsonNode sent = Wire.body(taken()).get(0);
        assertThat(sent.get("createdBy").asText()).isEqualTo("OFFICER_A");
        assertThat(sent.get("createdByDisplayName").asText()).isEqualTo("Anne Officer");
        assertThat(sent.get("lastModifiedAt").asText()).isEqualTo("2026-02-03T14:05:06");
        assertThat(sent.get("lastModifiedBy").asText()).isEqualTo("OFFICER_B");
        assertThat(sent.get("lastModifiedByDisplayName").asText()).isEqualTo("Bob Officer");
    }

    @Test
    void anAlertNeverModifiedIsResynchronisedWithoutLastModifiedFields() throws Exception {
        alertsApi.enqueue(Wire.json(201, "[]"));
        DpsResyncAlert alert = new DpsResyncAlert(new NomisAlertId(5, 1), "XA", "x", null, LocalDate.of(2026, 1, 1),
                null, true, LocalDateTime.of(2026, 1, 1, 10, 0), "OFFICER_A", null);

        api().resynchronise("A1234BC", List.of(alert));

        JsonNode sent = Wire.body(taken()).get(0);
        assertThat(sent.has("lastModifiedAt")).isFalse();
        assertThat(sent.has("lastModifiedBy")).isFalse();
        assertThat(sent.has("lastModifiedByDisplayName")).isFalse();
    }

    @Test
    void aServerErrorIsUnavailableAndAnAlertWithoutItsUuidIsGarbled() {
        alertsApi.enqueue(Wire.json(500, "{\"status\": 500}"));
        alertsApi.enqueue(Wire.json(200, "{\"prisonNumber\": \"A1234BC\"}"));
        AlertsDpsApi api = api();

        assertThatThrownBy(() -> api.alertsOf("A1234BC")).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("500");
        assertThatThrownBy(() -> api.findAlert(UUID)).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("incomplete");
    }
}
