package org.prisonsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NomisVisitsIT {
    private final RunningSimulator sim = new RunningSimulator();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void givenAValidCreate_thenItAnswers201AndTheVisitCanBeRead() {
        var created = sim.post("/prisoners/A1234BC/visits",
                RunningSimulator.createVisitBody("2026-11-24T14:00:00", "DPS booking reference: ab-cd-ef-gh"));

        assertThat(created.code()).isEqualTo(201);
        long visitId = ((Number) created.json().get("visitId")).longValue();
        var read = sim.get("/visits/" + visitId);
        assertThat(read.code()).isEqualTo(200);
        Map<String, Object> visit = read.json();
        assertThat(visit).containsEntry("offenderNo", "A1234BC").containsEntry("prisonId", "MDI")
                .containsEntry("startDateTime", "2026-11-24T14:00:00")
                .containsEntry("endDateTime", "2026-11-24T15:00:00")
                .containsEntry("commentText", "DPS booking reference: ab-cd-ef-gh")
                .containsEntry("createUserId", "PRISONER_MANAGER_API");
        assertThat(visit.get("visitType")).isEqualTo(Map.of("code", "SCON", "description", "Social Contact"));
        assertThat(visit.get("visitStatus")).isEqualTo(Map.of("code", "SCH", "description", "Scheduled"));
        assertThat(visit.get("agencyInternalLocation")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("description", "Visits Main Hall");
        assertThat(visit.get("visitors")).isEqualTo(List.of(
                Map.of("personId", 4729570, "leadVisitor", true),
                Map.of("personId", 4729580, "leadVisitor", false)));
        assertThat(visit.get("leadVisitor")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("personId", 4729570).containsKeys("fullName", "telephones");
    }

    @Test
    void givenTheSameBookingTwice_thenTheSecondAnswers409WithTheExistingIdInMoreInfo() {
        long first = sim.createNomisVisit("A1234BC", "2026-11-24T14:00:00", "DPS booking reference: ab-cd-ef-gh");

        var again = sim.post("/prisoners/A1234BC/visits",
                RunningSimulator.createVisitBody("2026-11-24T14:00:00", "DPS booking reference: ab-cd-ef-gh"));

        assertThat(again.code()).isEqualTo(409);
        assertThat(again.json()).containsEntry("status", 409).containsEntry("userMessage", "Visit already exists")
                .containsEntry("moreInfo", Long.toString(first)).containsKey("developerMessage");
        assertThat(sim.simulator.nomisVisits().size()).isEqualTo(1);
    }

    @Test
    void givenAnInvalidOffenderNumber_thenCreateAnswers400() {
        var answer = sim.post("/prisoners/AB12345/visits",
                RunningSimulator.createVisitBody("2026-11-24T14:00:00", "x"));

        assertThat(answer.code()).isEqualTo(400);
        assertThat(answer.json()).containsEntry("status", 400);
        assertThat(sim.simulator.nomisVisits().size()).isZero();
    }

    @Test
    void givenARequiredFieldIsMissing_thenCreateAnswers400NamingIt() {
        var answer = sim.post("/prisoners/A1234BC/visits", """
                {"startDateTime":"2026-11-24T14:00:00","endTime":"15:00","prisonId":"MDI"}""");

        assertThat(answer.code()).isEqualTo(400);
        assertThat((String) answer.json().get("developerMessage")).contains("is required");
    }

    @Test
    void givenAVisit_whenUpdated_thenTheNewTimeAndRoomAreHeld() {
        long visitId = sim.createNomisVisit("A1234BC", "2026-11-24T14:00:00", "c");

        var updated = sim.put("/prisoners/A1234BC/visits/" + visitId, """
                {"startDateTime":"2026-11-25T09:30:00","endTime":"10:30","visitorPersonIds":[4729570],
                 "room":"Visits Room 2","openClosedStatus":"CLOSED"}""");

        assertThat(updated.code()).isEqualTo(200);
        var visit = sim.simulator.nomisVisits().findVisit(visitId).orElseThrow();
        assertThat(visit.startDateTime()).hasToString("2026-11-25T09:30");
        assertThat(visit.endDateTime()).hasToString("2026-11-25T10:30");
        assertThat(visit.room()).isEqualTo("Visits Room 2");
        assertThat(visit.visitorPersonIds()).containsExactly(4729570L);
        assertThat(sim.put("/prisoners/A1234BC/visits/999", """
                {"startDateTime":"2026-11-25T09:30:00","endTime":"10:30","visitorPersonIds":[],
                 "room":"Visits Room 2","openClosedStatus":"CLOSED"}""").code()).isEqualTo(404);
    }

    @Test
    void givenAVisit_whenCancelledTwice_thenTheSecondAnswers409() {
        long visitId = sim.createNomisVisit("A1234BC", "2026-11-24T14:00:00", "c");
        String path = "/prisoners/A1234BC/visits/" + visitId + "/cancel";

        assertThat(sim.put(path, "{\"outcome\":\"VISCANC\"}").code()).isEqualTo(200);
        assertThat(sim.put(path, "{\"outcome\":\"VISCANC\"}").code()).isEqualTo(409);
        assertThat(sim.put("/prisoners/A1234BC/visits/999/cancel", "{\"outcome\":\"VISCANC\"}").code())
                .isEqualTo(404);
        var visit = sim.get("/visits/" + visitId).json();
        assertThat(visit.get("visitStatus")).isEqualTo(Map.of("code", "CANC", "description", "Cancelled"));
        assertThat(visit.get("visitOutcome")).isEqualTo(Map.of("code", "VISCANC", "description", "Visitor Cancelled"));
    }

    @Test
    void givenNoSuchVisit_thenGetAnswers404() {
        assertThat(sim.get("/visits/12345").code()).isEqualTo(404);
    }

    @Test
    void healthPingAnswersUp() {
        var answer = sim.get("/health/ping");

        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.json()).containsEntry("status", "UP");
    }
}
