package org.prisonsync.http.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.incentives.IncentiveLevel;
import org.prisonsync.core.incentives.IncentiveReview;
import org.prisonsync.core.incentives.IncentivesDpsApi;
import org.prisonsync.core.incentives.PrisonIncentiveLevel;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;

class OkHttpIncentivesDpsApiTest {
    @StartStop
    public final MockWebServer dps = new MockWebServer();

    private static String review(long id, String code, String time) {
        return """
                {"id": %d, "iepLevel": "Level %s", "iepCode": "%s", "comments": "a review took place",
                 "prisonerNumber": "A1234BC", "bookingId": 1234567, "iepDate": "%s", "iepTime": "%s",
                 "agencyId": "MDI", "userId": "USER_1_GEN", "reviewType": "REVIEW",
                 "auditModuleName": "INCENTIVES_API", "isRealReview": true}"""
                .formatted(id, code, code, time.substring(0, 10), time);
    }

    private IncentivesDpsApi api() {
        HttpSettings settings = HttpSettings.defaults("http://127.0.0.1:1/unused")
                .withApiUrl(IncentivesHttp.INCENTIVES_API, dps.url("/").toString());
        return IncentivesHttp.incentivesDpsApi(HttpAdapters.client(settings), settings);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    private String takenTarget() throws InterruptedException {
        return dps.takeRequest(1, TimeUnit.SECONDS).getTarget();
    }

    @Test
    void aReviewIsReadByIdAndA404IsEmpty() throws Exception {
        dps.enqueue(json(200, review(12345, "ENH", "2026-03-01T09:15:30.789012")));
        dps.enqueue(json(404, "{\"status\": 404}"));

        IncentiveReview found = api().findReview(12345).orElseThrow();

        assertThat(found).isEqualTo(new IncentiveReview(12345, "A1234BC", 1234567, "ENH", "Level ENH",
                LocalDate.of(2026, 3, 1), LocalDateTime.of(2026, 3, 1, 9, 15, 30, 789_012_000), "MDI",
                "a review took place", "USER_1_GEN", "REVIEW", "INCENTIVES_API"));
        assertThat(takenTarget()).isEqualTo("/incentive-reviews/id/12345");
        assertThat(api().findReview(999)).isEmpty();
    }

    @Test
    void a5xxIsUnavailable() {
        dps.enqueue(json(503, "{\"status\": 503}"));

        assertThatThrownBy(() -> api().findReview(12345)).isInstanceOf(UpstreamUnavailable.class);
    }

    @Test
    void thePrisonersCurrentReviewIsTheHistorysEntryTheSummaryNames() throws Exception {
        dps.enqueue(json(200, """
                {"id": 2, "iepCode": "ENH", "iepLevel": "Enhanced", "prisonerNumber": "A1234BC",
                 "bookingId": 1234567, "iepDate": "2026-03-02", "iepTime": "2026-03-02T10:00:00",
                 "nextReviewDate": "2027-03-02", "daysSinceReview": 1,
                 "iepDetails": [%s, %s]}""".formatted(review(2, "ENH", "2026-03-02T10:00:00"),
                review(1, "STD", "2026-01-01T10:00:00"))));

        assertThat(api().currentReview("A1234BC")).map(IncentiveReview::id).contains(2L);
        assertThat(takenTarget()).isEqualTo("/incentive-reviews/prisoner/A1234BC");
    }

    @Test
    void levelsAreReadOneByCodeAndAllWithTheInactiveOnes() throws Exception {
        dps.enqueue(json(200, "{\"code\": \"STD\", \"name\": \"Standard\", \"active\": true, \"required\": true}"));
        dps.enqueue(json(200, """
                [{"code": "BAS", "name": "Basic", "active": true, "required": true},
                 {"code": "ENT", "name": "Entry", "active": false, "required": false}]"""));

        assertThat(api().findLevel("STD")).contains(new IncentiveLevel("STD", "Standard", true, true));
        assertThat(takenTarget()).isEqualTo("/incentive/levels/STD");
        assertThat(api().levels()).containsExactly(new IncentiveLevel("BAS", "Basic", true, true),
                new IncentiveLevel("ENT", "Entry", false, false));
        assertThat(takenTarget()).isEqualTo("/incentive/levels?with-inactive=true");
    }

    @Test
    void aPrisonLevelIsReadAtItsPath() throws Exception {
        dps.enqueue(json(200, """
                {"levelCode": "STD", "levelName": "Standard", "prisonId": "MDI", "active": true,
                 "defaultOnAdmission": true, "remandTransferLimitInPence": 5500, "remandSpendLimitInPence": 55000,
                 "convictedTransferLimitInPence": 1800, "convictedSpendLimitInPence": 18000, "visitOrders": 2,
                 "privilegedVisitOrders": 1}"""));

        assertThat(api().findPrisonLevel("MDI", "STD")).contains(new PrisonIncentiveLevel("MDI", "STD", "Standard",
                true, true, 5500, 55000, 1800, 18000, 2, 1));
        assertThat(takenTarget()).isEqualTo("/incentive/prison-levels/MDI/level/STD");
    }
}
