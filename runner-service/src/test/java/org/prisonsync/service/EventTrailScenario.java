package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.DpsAlertRequest;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.VisitsSync;

/**
 * The event trail on the running service (issue 17): one prisoner's visit and alert, synchronised over SQS and HTTP,
 * are found by {@code GET /events?prisoner=…} in order with their ids; bad queries are JSON problems. Subclasses run
 * it on each database.
 */
abstract class EventTrailScenario {
    private static final ObjectMapper JSON = new ObjectMapper();

    protected abstract PrisonSyncService service();

    private String base() {
        return "http://127.0.0.1:" + service().port();
    }

    private JsonNode events(String query) throws Exception {
        HttpResponse<String> answer = ServiceFixture.http("GET", base() + "/events?" + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    @Test
    void aPrisonersVisitAndAlertAreInTheTrail_inOrder_withTheirIds() throws Exception {
        var simulator = service().simulator().orElseThrow();
        DpsVisit visit = simulator.dpsVisits().book(ServiceFixture.dpsVisit("trail-visit-1", 7001));
        ServiceFixture.await("the visit mapped", Duration.ofSeconds(30), () -> service().core().mappings()
                .findByDpsId(VisitsSync.ENTITY_TYPE, visit.reference()).isPresent());
        simulator.nomisAlerts().newBooking("A7001BC", false);
        DpsAlert alert = simulator.dpsAlerts().createByDpsUser("A7001BC", new DpsAlertRequest("HPI",
                "high public interest", "OFFICER", LocalDate.now(), null), "DPS_USER");
        ServiceFixture.await("the alert mapped", Duration.ofSeconds(30), () -> service().core().mappings()
                .findByDpsId("ALERT", alert.alertUuid()).isPresent());
        String nomisVisitId = service().core().mappings().findByDpsId(VisitsSync.ENTITY_TYPE, visit.reference())
                .orElseThrow().nomisId();

        List<String> names = new ArrayList<>();
        ServiceFixture.await("both creates in the trail", Duration.ofSeconds(10), () -> {
            names.clear();
            try {
                events("prisoner=A7001BC").forEach(e -> names.add(e.get("event").asText()));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            return names.contains("visit-create-success") && names.contains("alert-create-success");
        });
        assertThat(names.indexOf("visit-create-success")).isLessThan(names.indexOf("alert-create-success"));

        JsonNode visitStep = events("entity=" + visit.reference()).get(0);
        assertThat(visitStep.get("event").asText()).isEqualTo("visit-create-success");
        assertThat(visitStep.get("prisoner").asText()).isEqualTo("A7001BC");
        assertThat(visitStep.get("nomisId").asText()).isEqualTo(nomisVisitId);
        assertThat(events("entity=" + nomisVisitId).get(0).get("dpsId").asText()).isEqualTo(visit.reference());
        assertThat(events("prisoner=A7001BC&event=alert-create-success").get(0).get("dpsId").asText())
                .isEqualTo(alert.alertUuid());
        assertThat(events("prisoner=B9999ZZ")).isEmpty();
    }

    @Test
    void aQueryThatCannotBeMeantIsAJsonProblem() throws Exception {
        for (String bad : List.of("prisoner=a7001bc", "since=2hours", "since=2h&from=2026-12-01", "limit=0",
                "limit=1001", "booking=12x", "prisonr=A7001BC", "from=2026-12-02&to=2026-12-01")) {
            HttpResponse<String> answer = ServiceFixture.http("GET", base() + "/events?" + bad);
            assertThat(answer.statusCode()).as(bad).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(bad).contains("json");
            assertThat(JSON.readTree(answer.body()).get("status").asInt()).as(bad).isEqualTo(400);
            assertThat(answer.body()).as(bad).doesNotContain("Exception").doesNotContain("org.prisonsync");
        }
    }
}
