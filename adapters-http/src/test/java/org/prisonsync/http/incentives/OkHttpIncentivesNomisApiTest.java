package org.prisonsync.http.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.incentives.IncentivesNomisApi;
import org.prisonsync.core.incentives.NomisIncentive;
import org.prisonsync.core.incentives.NomisIncentiveId;
import org.prisonsync.core.incentives.NomisIncentiveLevel;
import org.prisonsync.core.incentives.NomisIncentiveRequest;
import org.prisonsync.core.incentives.NomisPrisonIncentiveLevel;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;

class OkHttpIncentivesNomisApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    public final MockWebServer nomis = new MockWebServer();

    /** An {@code IncentiveResponse} as NOMIS sends it. */
    private static final String IEP = """
            {"offenderNo": "A1234BC", "bookingId": 1234567, "incentiveSequence": 3, "commentText": "good",
             "iepDateTime": "2026-03-01T09:15:30", "prisonId": "MDI",
             "iepLevel": {"code": "ENH", "description": "Enhanced"}, "userId": "OFFICER_A", "currentIep": true,
             "auditModule": "OIDOIEPS", "whenCreated": "2026-03-01T09:16:00", "whenUpdated": null}
            """;

    private static final NomisPrisonIncentiveLevel PRISON_LEVEL = new NomisPrisonIncentiveLevel("MDI", "STD", true,
            false, 2, 1, 5500, 55000, 1800, 18000);

    private IncentivesNomisApi api() {
        HttpSettings settings = HttpSettings.defaults("http://127.0.0.1:1/unused")
                .withApiUrl(HttpSettings.NOMIS_API, nomis.url("/").toString());
        return IncentivesHttp.incentivesNomisApi(HttpAdapters.client(settings), settings);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    private RecordedRequest taken() throws InterruptedException {
        return nomis.takeRequest(1, TimeUnit.SECONDS);
    }

    private static JsonNode body(RecordedRequest request) throws Exception {
        return JSON.readTree(request.getBody().utf8());
    }

    @Test
    void createPostsTheCreateIncentiveRequestAndReadsBookingAndSequence() throws Exception {
        nomis.enqueue(json(201, "{\"bookingId\": 1234567, \"sequence\": 4}"));

        NomisIncentiveId id = api().createIncentive("A1234BC", new NomisIncentiveRequest("ENH", "good behaviour",
                LocalDateTime.of(2026, 3, 1, 9, 15, 30), "MDI", "OFFICER_A"));

        assertThat(id).isEqualTo(new NomisIncentiveId(1234567, 4));
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/prisoners/A1234BC/incentives");
        JsonNode body = body(request);
        assertThat(body.get("iepLevel").asText()).isEqualTo("ENH");
        assertThat(body.get("comments").asText()).isEqualTo("good behaviour");
        assertThat(body.get("iepDateTime").asText()).isEqualTo("2026-03-01T09:15:30");
        assertThat(body.get("prisonId").asText()).isEqualTo("MDI");
        assertThat(body.get("userId").asText()).isEqualTo("OFFICER_A");
    }

    @Test
    void createForAnUnknownPrisonerIsRejectedWith404AndA5xxIsUnavailable() {
        nomis.enqueue(json(404, "{\"status\": 404, \"userMessage\": \"Prisoner not found\"}"));
        nomis.enqueue(json(503, "{\"status\": 503}"));
        NomisIncentiveRequest request = new NomisIncentiveRequest("STD", null, LocalDateTime.of(2026, 3, 1, 9, 0),
                "MDI", null);

        assertThatThrownBy(() -> api().createIncentive("A1234BC", request))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> api().createIncentive("A1234BC", request))
                .isInstanceOf(UpstreamUnavailable.class);
    }

    @Test
    void aCreateAnswerWithoutTheIdIsAGarbledAnswer() {
        nomis.enqueue(json(201, "{\"bookingId\": 1234567}"));

        assertThatThrownBy(() -> api().createIncentive("A1234BC", new NomisIncentiveRequest("STD", null,
                LocalDateTime.of(2026, 3, 1, 9, 0), "MDI", null))).isInstanceOf(UpstreamUnavailable.class);
    }

    @Test
    void theCurrentIepIsReadWithItsAuditModuleAndA404IsEmpty() throws Exception {
        nomis.enqueue(json(200, IEP));
        nomis.enqueue(json(404, "{\"status\": 404}"));

        NomisIncentive iep = api().currentIncentive(1234567).orElseThrow();

        assertThat(iep).isEqualTo(new NomisIncentive(new NomisIncentiveId(1234567, 3), "A1234BC", "ENH", "Enhanced",
                LocalDateTime.of(2026, 3, 1, 9, 15, 30), "MDI", "good", "OFFICER_A", true, "OIDOIEPS",
                LocalDateTime.of(2026, 3, 1, 9, 16)));
        assertThat(taken().getTarget()).isEqualTo("/incentives/booking-id/1234567/current");
        assertThat(api().currentIncentive(7654321)).isEmpty();
    }

    @Test
    void anIepIsFoundByBookingAndSequence() throws Exception {
        nomis.enqueue(json(200, IEP));

        assertThat(api().findIncentive(new NomisIncentiveId(1234567, 3))).map(NomisIncentive::levelCode)
                .contains("ENH");
        assertThat(taken().getTarget()).isEqualTo("/incentives/booking-id/1234567/incentive-sequence/3");
    }

    @Test
    void globalLevelsAreReadCreatedUpdatedAndReordered() throws Exception {
        nomis.enqueue(json(200, """
                {"code": "EN4", "domain": "IEP_LEVEL", "description": "Enhanced 4", "active": true,
                 "sequence": 4, "systemDataFlag": false}"""));
        nomis.enqueue(json(201, "{\"code\": \"EN4\"}"));
        nomis.enqueue(json(200, "{\"code\": \"EN4\"}"));
        nomis.enqueue(json(404, "{\"status\": 404}"));
        nomis.enqueue(json(200, ""));

        assertThat(api().findLevel("EN4")).contains(new NomisIncentiveLevel("EN4", "Enhanced 4", true));
        assertThat(taken().getTarget()).isEqualTo("/incentives/reference-codes/EN4");

        api().createLevel(new NomisIncentiveLevel("EN4", "Enhanced 4", true));
        RecordedRequest create = taken();
        assertThat(create.getMethod() + " " + create.getTarget()).isEqualTo("POST /incentives/reference-codes");
        assertThat(body(create)).isEqualTo(JSON.readTree(
                "{\"code\":\"EN4\",\"description\":\"Enhanced 4\",\"active\":true}"));

        assertThat(api().updateLevel(new NomisIncentiveLevel("EN4", "Enhanced four", false))).isTrue();
        RecordedRequest update = taken();
        assertThat(update.getMethod() + " " + update.getTarget()).isEqualTo("PUT /incentives/reference-codes/EN4");
        assertThat(body(update)).isEqualTo(JSON.readTree("{\"description\":\"Enhanced four\",\"active\":false}"));
        assertThat(api().updateLevel(new NomisIncentiveLevel("XXX", "x", true))).isFalse();
        taken();

        api().reorderLevels(List.of("BAS", "STD", "ENH"));
        RecordedRequest reorder = taken();
        assertThat(reorder.getMethod() + " " + reorder.getTarget())
                .isEqualTo("POST /incentives/reference-codes/reorder");
        assertThat(body(reorder)).isEqualTo(JSON.readTree("{\"codeList\":[\"BAS\",\"STD\",\"ENH\"]}"));
    }

    @Test
    void aRefusedLevelWriteIsRejected() {
        nomis.enqueue(json(403, "{\"status\": 403}"));

        assertThatThrownBy(() -> api().createLevel(new NomisIncentiveLevel("EN4", "Enhanced 4", true)))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void prisonLevelsAreReadCreatedAndUpdatedAtThePrisonsPaths() throws Exception {
        nomis.enqueue(json(200, """
                {"prisonId": "MDI", "iepLevelCode": "STD", "visitOrderAllowance": 2,
                 "privilegedVisitOrderAllowance": 1, "defaultOnAdmission": false, "remandTransferLimitInPence": 5500,
                 "remandSpendLimitInPence": 55000, "convictedTransferLimitInPence": 1800,
                 "convictedSpendLimitInPence": 18000, "active": true, "expiryDate": null}"""));
        nomis.enqueue(json(201, "{}"));
        nomis.enqueue(json(200, "{}"));

        assertThat(api().findPrisonLevel("MDI", "STD")).contains(PRISON_LEVEL);
        assertThat(taken().getTarget()).isEqualTo("/incentives/prison/MDI/code/STD");

        api().createPrisonLevel(PRISON_LEVEL);
        RecordedRequest create = taken();
        assertThat(create.getMethod() + " " + create.getTarget()).isEqualTo("POST /incentives/prison/MDI");
        assertThat(body(create).get("levelCode").asText()).isEqualTo("STD");
        assertThat(body(create).get("convictedSpendLimitInPence").asInt()).isEqualTo(18000);

        assertThat(api().updatePrisonLevel(PRISON_LEVEL)).isTrue();
        RecordedRequest update = taken();
        assertThat(update.getMethod() + " " + update.getTarget()).isEqualTo("PUT /incentives/prison/MDI/code/STD");
        assertThat(body(update).has("levelCode")).isFalse();
        assertThat(body(update).get("visitOrderAllowance").asInt()).isEqualTo(2);
    }
}
