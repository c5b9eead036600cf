package org.prisonsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DpsVisitsIT {
    private final RunningSimulator sim = new RunningSimulator();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void givenNoSuchReference_thenGetAnswers404() {
        var answer = sim.get("/visits/zz-zz-zz-zz");

        assertThat(answer.code()).isEqualTo(404);
        assertThat(answer.json()).containsEntry("status", 404);
    }

    @Test
    void givenABookedVisit_thenGetAnswersTheVisitSchedulerShape() {
        String reference = (String) sim.post("/simulator/dps/visits", """
                {"prisonerId":"A1234BC","startTimestamp":"2026-11-24T14:00:00","endTimestamp":"2026-11-24T15:30:00",
                 "visitRestriction":"CLOSED","visitorPersonIds":[111,222],"visitComment":"wheelchair"}""")
                .json().get("reference");

        var answer = sim.get("/visits/" + reference);

        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.json()).containsEntry("reference", reference).containsEntry("prisonerId", "A1234BC")
                .containsEntry("prisonId", "MDI").containsEntry("visitRoom", "Visits Main Hall")
                .containsEntry("visitType", "SOCIAL").containsEntry("visitStatus", "BOOKED")
                .containsEntry("visitRestriction", "CLOSED")
                .containsEntry("startTimestamp", "2026-11-24T14:00:00")
                .containsEntry("endTimestamp", "2026-11-24T15:30:00")
                .containsEntry("visitNotes", List.of(Map.of("type", "VISIT_COMMENT", "text", "wheelchair")))
                .containsEntry("visitors", List.of(Map.of("nomisPersonId", 111), Map.of("nomisPersonId", 222)));
    }

    @Test
    void givenACancelledVisit_thenMigrateVisitsCancelAnswers409AndAnUnknownOne404() {
        String reference = sim.simulator.traffic().bookVisits(1).get(0).reference();
        String body = "{\"cancelOutcome\":{\"outcomeStatus\":\"ADMINISTRATIVE_CANCELLATION\"},\"actionedBy\":\"X\"}";

        assertThat(sim.put("/migrate-visits/" + reference + "/cancel", body).code()).isEqualTo(200);
        assertThat(sim.put("/migrate-visits/" + reference + "/cancel", body).code()).isEqualTo(409);
        assertThat(sim.put("/migrate-visits/zz-zz-zz-zz/cancel", body).code()).isEqualTo(404);
        assertThat(sim.put("/migrate-visits/" + reference + "/cancel", "{}").code()).isEqualTo(400);
        assertThat(sim.simulator.dpsVisits().findVisit(reference).orElseThrow().outcomeStatus())
                .isEqualTo("ADMINISTRATIVE_CANCELLATION");
    }
}
