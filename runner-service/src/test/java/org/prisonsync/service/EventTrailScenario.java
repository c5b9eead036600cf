package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.DpsAlertRequest;
import org.prisonsync.core.movements.BookingMovement;
import org.prisonsync.core.movements.MovementsDomain;
import org.prisonsync.core.testing.MovementEvents;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.VisitsSync;

/**
 * The event trail on the running service (issue 17): one prisoner's visit, alert and movement, synchronised over SQS
 * and HTTP, are found by {@code GET /events?prisoner=…} with every step of each sync (received, read, claimed,
 * written, mapping or pair written) before its outcome, in order, with their ids; bad queries are JSON problems.
 * Subclasses run it on each database.
 */
abstract class EventTrailScenario {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VISIT_CREATED = "visit-create-success";
    private static final String ALERT_CREATED = "alert-create-success";
    private static final String NOMIS_MOVEMENT = "offender-event";
    private static final String DPS_MOVEMENT = "domain-event";

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
    void aPrisonersVisitAlertAndMovementAreInTheTrail_eachStepInOrder_withTheirIds() throws Exception {
        var simulator = service().simulator().orElseThrow();
        DpsVisit visit = simulator.dpsVisits().book(ServiceFixture.dpsVisit("trail-visit-1", 7001));
        ServiceFixture.await("the visit mapped", Duration.ofSeconds(30), () -> service().core().mappings()
                .findByDpsId(VisitsSync.ENTITY_TYPE, visit.reference()).isPresent());
        simulator.nomisAlerts().newBooking("A7001BC", false);
        DpsAlert alert = simulator.dpsAlerts().createByDpsUser("A7001BC", new DpsAlertRequest("HPI",
                "high public interest", "OFFICER", LocalDate.now(), null), "DPS_USER");
        ServiceFixture.await("the alert mapped", Duration.ofSeconds(30), () -> service().core().mappings()
                .findByDpsId("ALERT", alert.alertUuid()).isPresent());
        admitInNomisAndDps("A7001BC", 7_001_001L);
        String nomisVisitId = service().core().mappings().findByDpsId(VisitsSync.ENTITY_TYPE, visit.reference())
                .orElseThrow().nomisId();

        List<JsonNode> trail = new ArrayList<>();
        ServiceFixture.await("every sync's outcome in the trail", Duration.ofSeconds(30), () -> {
            trail.clear();
            try {
                events("prisoner=A7001BC&limit=1000").forEach(trail::add);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            List<String> names = trail.stream().map(e -> e.get("event").asText()).toList();
            return names.containsAll(List.of(VISIT_CREATED, ALERT_CREATED, NOMIS_MOVEMENT, DPS_MOVEMENT));
        });

        // other syncs may interleave (NOMIS's echo of the alert arrives while the create is still writing): each
        // sync's steps are told apart by the outcome they name
        assertThat(sync(trail, VISIT_CREATED)).containsExactly("received", "claimed", "dps-read", "nomis-written",
                "mapping-written", VISIT_CREATED);
        assertThat(sync(trail, ALERT_CREATED)).containsExactly("received", "claimed", "dps-read", "nomis-written",
                "mapping-written", ALERT_CREATED);
        assertThat(sync(trail, NOMIS_MOVEMENT)).containsExactly("received", "nomis-read", "pair-written",
                NOMIS_MOVEMENT);
        assertThat(sync(trail, DPS_MOVEMENT)).containsExactly("received", "pair-written", DPS_MOVEMENT);
        List<String> names = trail.stream().map(e -> e.get("event").asText()).toList();
        assertThat(names.indexOf(VISIT_CREATED)).isLessThan(names.indexOf(ALERT_CREATED));
        assertThat(names.indexOf(ALERT_CREATED)).isLessThan(names.indexOf(NOMIS_MOVEMENT));
        assertThat(trail).extracting(e -> Instant.parse(e.get("at").asText())).isSorted();
        assertThat(trail).allSatisfy(e -> assertThat(e.get("prisoner").asText()).isEqualTo("A7001BC"));

        List<JsonNode> visitTrail = new ArrayList<>();
        events("entity=" + visit.reference()).forEach(visitTrail::add);
        assertThat(sync(visitTrail, VISIT_CREATED)).as("a visit's own trail holds its steps")
                .containsExactly("received", "claimed", "dps-read", "nomis-written", "mapping-written", VISIT_CREATED);
        assertThat(visitTrail).allSatisfy(e -> assertThat(e.get("nomisId").asText()).isEqualTo(nomisVisitId));
        JsonNode received = visitTrail.get(0);
        assertThat(received.path("outcome").asText()).isEqualTo("step");
        assertThat(received.get("properties").get("eventType").asText()).isEqualTo("prison-visit.booked");
        assertThat(received.get("properties").get("receiveCount").asText()).isEqualTo("1");
        assertThat(events("entity=" + nomisVisitId + "&event=" + VISIT_CREATED).get(0).get("dpsId").asText())
                .isEqualTo(visit.reference());
        assertThat(events("prisoner=A7001BC&event=alert-create-success").get(0).get("dpsId").asText())
                .isEqualTo(alert.alertUuid());
        assertThat(events("prisoner=B9999ZZ")).isEmpty();
    }

    /**
     * The admission of seed 003 for {@code prisoner}: NOMIS records the movement and raises its event, DPS raises
     * prisoner.received; both reach the movements queue.
     */
    private void admitInNomisAndDps(String prisoner, long booking) {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.SECONDS);
        service().simulator().orElseThrow().prisonMovements().add(booking, new BookingMovement(1, "COURT", "MDI",
                "ADM", "IN", now, "N", now, null));
        String queue = service().core().queues().byId(MovementsDomain.QUEUE.id()).queueName();
        service().messageQueue().send(queue, MovementEvents.externalMovement(prisoner, booking, 1, "ADM", "N", "IN",
                now));
        service().messageQueue().send(queue, MovementEvents.received(prisoner, "NEW_ADMISSION", Instant.now()));
    }

    /** The events of the one sync that ended in {@code outcome}: its steps, then the outcome, as the trail has them. */
    private static List<String> sync(List<JsonNode> trail, String outcome) {
        return trail.stream()
                .filter(e -> e.get("event").asText().equals(outcome) && !e.path("outcome").asText().equals("step")
                        || outcome.equals(e.path("properties").path("stepOf").asText(null)))
                .map(e -> e.get("event").asText()).toList();
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
