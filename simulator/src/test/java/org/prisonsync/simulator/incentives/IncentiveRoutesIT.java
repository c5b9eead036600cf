package org.prisonsync.simulator.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.simulator.Faults;
import org.prisonsync.simulator.RunningSimulator;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;

/** The incentives API's and NOMIS's incentive routes over HTTP, at their real paths and field names. */
class IncentiveRoutesIT {
    private final RunningSimulator sim = new RunningSimulator();
    private final PrisonersSimulation prisoners = sim.simulator.domain(PrisonersSimulation.class);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aReviewIsReadByIdAndAsThePrisonersCurrentReviewWithEveryReviewNewestFirst() {
        long booking = prisoners.admit("A1234BC");
        var first = sim.post("/simulator/dps/prisoners/A1234BC/incentive-reviews",
                "{\"iepCode\":\"STD\",\"iepTime\":\"2026-01-10T10:00:00\",\"agencyId\":\"MDI\"}");
        var second = sim.post("/simulator/dps/prisoners/A1234BC/incentive-reviews",
                "{\"iepCode\":\"ENH\",\"iepTime\":\"2026-03-01T09:30:00\",\"comments\":\"good\"}");
        assertThat(first.code()).isEqualTo(201);
        long id = ((Number) second.json().get("id")).longValue();

        var byId = sim.get("/incentive-reviews/id/" + id);
        assertThat(byId.code()).isEqualTo(200);
        assertThat(byId.json()).containsEntry("iepCode", "ENH").containsEntry("iepLevel", "Enhanced")
                .containsEntry("prisonerNumber", "A1234BC").containsEntry("bookingId", (int) booking)
                .containsEntry("iepDate", "2026-03-01").containsEntry("iepTime", "2026-03-01T09:30:00")
                .containsEntry("comments", "good").containsEntry("auditModuleName", "INCENTIVES_API")
                .containsEntry("isRealReview", true).containsKeys("agencyId", "userId", "reviewType");

        var summary = sim.get("/incentive-reviews/prisoner/A1234BC").json();
        assertThat(summary).containsEntry("id", (int) id).containsEntry("iepCode", "ENH")
                .containsEntry("bookingId", (int) booking).containsEntry("nextReviewDate", "2027-03-01")
                .containsKeys("daysSinceReview", "iepTime", "iepDate", "iepLevel");
        assertThat((List<Map<String, Object>>) summary.get("iepDetails")).extracting(d -> d.get("iepCode"))
                .containsExactly("ENH", "STD");
    }

    @Test
    void unknownReviewsAndPrisonersWithoutReviewsAre404AndBadIdsAre400() {
        assertThat(sim.get("/incentive-reviews/id/999").code()).isEqualTo(404);
        assertThat(sim.get("/incentive-reviews/id/12x").code()).isEqualTo(400);
        assertThat(sim.get("/incentive-reviews/prisoner/B1234CD").code()).isEqualTo(404);
        assertThat(sim.get("/incentive-reviews/prisoner/not-a-number").code()).isEqualTo(400);
        assertThat(sim.post("/simulator/dps/prisoners/B1234CD/incentive-reviews", "{\"iepCode\":\"STD\"}").code())
                .as("a prisoner without a booking").isEqualTo(404);
    }

    @Test
    void levelsAreListedActiveOnlyUnlessWithInactiveAndReadOneByOne() {
        assertThat(sim.get("/incentive/levels").jsonList()).extracting(l -> l.get("code"))
                .containsExactly("BAS", "STD", "ENH", "EN2", "EN3");
        assertThat(sim.get("/incentive/levels?with-inactive=true").jsonList()).extracting(l -> l.get("code"))
                .containsExactly("BAS", "STD", "ENH", "EN2", "EN3", "ENT");
        assertThat(sim.get("/incentive/levels?with-inactive=yes").code()).isEqualTo(400);
        assertThat(sim.get("/incentive/levels/ENH").json()).containsEntry("name", "Enhanced")
                .containsEntry("active", true).containsEntry("required", true);
        assertThat(sim.get("/incentive/levels/XYZ").code()).isEqualTo(404);
        assertThat(sim.get("/incentive/prison-levels/MDI/level/STD").json()).containsEntry("levelCode", "STD")
                .containsEntry("levelName", "Standard").containsEntry("prisonId", "MDI")
                .containsEntry("defaultOnAdmission", true).containsKeys("visitOrders", "privilegedVisitOrders",
                        "remandTransferLimitInPence", "convictedSpendLimitInPence");
        assertThat(sim.get("/incentive/prison-levels/MDI/level/EN3").code()).isEqualTo(404);
    }

    @Test
    void anIepCreatedInNomisGoesOnTheLatestBookingAndIsTheCurrentOne() {
        prisoners.admit("A1234BC");
        long latest = prisoners.admit("A1234BC");

        var created = sim.post("/prisoners/A1234BC/incentives", """
                {"iepLevel":"ENH","comments":"from DPS","iepDateTime":"2026-02-01T10:15:00","prisonId":"MDI",
                 "userId":"SYNC"}""");

        assertThat(created.code()).isEqualTo(201);
        assertThat(created.json()).containsEntry("bookingId", (int) latest).containsEntry("sequence", 1);
        var current = sim.get("/incentives/booking-id/" + latest + "/current").json();
        assertThat(current).containsEntry("offenderNo", "A1234BC").containsEntry("incentiveSequence", 1)
                .containsEntry("iepDateTime", "2026-02-01T10:15:00").containsEntry("prisonId", "MDI")
                .containsEntry("currentIep", true).containsEntry("auditModule", "DPS_SYNCHRONISATION")
                .containsEntry("commentText", "from DPS").containsKey("whenCreated");
        assertThat(current.get("iepLevel")).isEqualTo(Map.of("code", "ENH", "description", "Enhanced"));
        assertThat(sim.get("/incentives/booking-id/" + latest + "/incentive-sequence/1").json())
                .containsEntry("currentIep", true);
    }

    @Test
    void aLaterIepBecomesCurrentAndTheEarlierOneIsReadBySequence() {
        long booking = prisoners.admit("A1234BC");
        sim.post("/prisoners/A1234BC/incentives",
                "{\"iepLevel\":\"STD\",\"iepDateTime\":\"2026-01-01T10:00:00\",\"prisonId\":\"MDI\"}");
        sim.post("/simulator/nomis/prisoners/A1234BC/incentives",
                "{\"iepLevel\":\"BAS\",\"iepDateTime\":\"2026-01-05T10:00:00\"}");

        assertThat(sim.get("/incentives/booking-id/" + booking + "/current").json())
                .containsEntry("incentiveSequence", 2).containsEntry("auditModule", "OIDOIEPS");
        assertThat(sim.get("/incentives/booking-id/" + booking + "/incentive-sequence/1").json())
                .containsEntry("currentIep", false);
        assertThat(sim.get("/incentives/booking-id/" + booking + "/incentive-sequence/3").code()).isEqualTo(404);
        assertThat(sim.get("/incentives/booking-id/77/current").code()).isEqualTo(404);
    }

    @Test
    void nomisRefusesAnIepItCannotPlace() {
        prisoners.admit("A1234BC");
        assertThat(sim.post("/prisoners/B1234CD/incentives",
                "{\"iepLevel\":\"STD\",\"iepDateTime\":\"2026-01-01T10:00:00\",\"prisonId\":\"MDI\"}").code())
                .as("no booking").isEqualTo(404);
        assertThat(sim.post("/prisoners/A1234BC/incentives",
                "{\"iepLevel\":\"XYZ\",\"iepDateTime\":\"2026-01-01T10:00:00\",\"prisonId\":\"MDI\"}").code())
                .as("unknown level").isEqualTo(400);
        assertThat(sim.post("/prisoners/A1234BC/incentives", "{\"iepLevel\":\"STD\",\"prisonId\":\"MDI\"}").code())
                .as("no date").isEqualTo(400);
        var unknownField = sim.post("/prisoners/A1234BC/incentives",
                "{\"iepLevel\":\"STD\",\"iepDateTime\":\"2026-01-01T10:00:00\",\"prisonId\":\"MDI\",\"x\":1}");
        assertThat(unknownField.code()).isEqualTo(400);
        assertThat(unknownField.json()).containsKeys("status", "userMessage", "developerMessage");
    }

    @Test
    void referenceCodesAreReadCreatedUpdatedAndReordered() {
        assertThat(sim.get("/incentives/reference-codes/STD").json()).containsEntry("code", "STD")
                .containsEntry("domain", "IEP_LEVEL").containsEntry("description", "Standard")
                .containsEntry("active", true).containsEntry("sequence", 2).containsEntry("systemDataFlag", false);
        assertThat(sim.get("/incentives/reference-codes/NEW").code()).isEqualTo(404);

        var created = sim.post("/incentives/reference-codes",
                "{\"code\":\"NEW\",\"description\":\"New level\",\"active\":true}");
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.json()).containsEntry("sequence", 7);
        assertThat(sim.post("/incentives/reference-codes",
                "{\"code\":\"NEW\",\"description\":\"again\",\"active\":true}").code()).isEqualTo(409);

        var updated = sim.put("/incentives/reference-codes/NEW", "{\"description\":\"Renamed\",\"active\":false}");
        assertThat(updated.json()).containsEntry("description", "Renamed").containsEntry("active", false);
        assertThat(updated.json().get("expiredDate")).isNotNull();
        assertThat(sim.put("/incentives/reference-codes/NOPE", "{\"description\":\"x\",\"active\":true}").code())
                .isEqualTo(404);

        assertThat(sim.post("/incentives/reference-codes/reorder", "{\"codeList\":[\"NEW\",\"BAS\"]}").code())
                .isEqualTo(200);
        assertThat(sim.get("/incentives/reference-codes/NEW").json()).containsEntry("sequence", 1);
        assertThat(sim.get("/incentives/reference-codes/BAS").json()).containsEntry("sequence", 2);
        assertThat(sim.get("/incentives/reference-codes/STD").json()).containsEntry("sequence", 3);
        assertThat(sim.post("/incentives/reference-codes/reorder", "{\"codeList\":[\"NOPE\"]}").code())
                .isEqualTo(400);
    }

    @Test
    void prisonLevelsAreReadCreatedAndUpdated() {
        assertThat(sim.get("/incentives/prison/MDI/code/ENH").json()).containsEntry("prisonId", "MDI")
                .containsEntry("iepLevelCode", "ENH").containsEntry("active", true)
                .containsEntry("defaultOnAdmission", false).containsKeys("visitOrderAllowance",
                        "privilegedVisitOrderAllowance", "convictedTransferLimitInPence");
        assertThat(sim.get("/incentives/prison/WWI/code/ENH").code()).isEqualTo(404);

        var created = sim.post("/incentives/prison/WWI", """
                {"levelCode":"ENH","active":true,"defaultOnAdmission":false,"visitOrderAllowance":3}""");
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.json()).containsEntry("visitOrderAllowance", 3);
        assertThat(sim.post("/incentives/prison/WWI", "{\"levelCode\":\"ENH\",\"active\":true,"
                + "\"defaultOnAdmission\":false}").code()).isEqualTo(409);

        var updated = sim.put("/incentives/prison/WWI/code/ENH", "{\"active\":false,\"defaultOnAdmission\":false}");
        assertThat(updated.code()).isEqualTo(200);
        assertThat(sim.get("/incentives/prison/WWI/code/ENH").json()).containsEntry("active", false);
        assertThat(sim.put("/incentives/prison/WWI/code/BAS", "{\"active\":false,\"defaultOnAdmission\":false}")
                .code()).isEqualTo(404);
    }

    @Test
    void faultsAreInjectedPerIncentiveRoute() {
        sim.simulator.faults().set("GET /incentives/booking-id/{bookingId}/current", Faults.FaultRule.errors(1.0, 503));
        long booking = prisoners.admit("A1234BC");

        assertThat(sim.get("/incentives/booking-id/" + booking + "/current").code()).isEqualTo(503);
        assertThat(sim.get("/incentive/levels").code()).as("another route").isEqualTo(200);
        assertThat(sim.simulator.faultableRoutes()).contains("POST /prisoners/{prisonNumber}/incentives",
                "GET /incentive-reviews/prisoner/{prisonerNumber}", "POST /incentives/reference-codes/reorder");
        assertThat(sim.put("/simulator/faults", """
                {"route":"GET /incentive-reviews/id/{id}","rule":{"errorRate":1.0,"errorStatus":500}}""").code())
                .isEqualTo(200);
        assertThat(sim.get("/incentive-reviews/id/1").code()).isEqualTo(500);
    }
}
