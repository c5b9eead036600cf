package org.prisonsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prisonsync.simulator.RunningSimulator.FROM_NOMIS;
import static org.prisonsync.simulator.RunningSimulator.TO_NOMIS;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;

class PublishedEventsIT {
    private final RunningSimulator sim = new RunningSimulator();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void givenADpsUserBooksThroughTheControlApi_thenPrisonVisitBookedIsOnTheToNomisQueue() {
        var booked = sim.post("/simulator/dps/visits", """
                {"prisonerId":"A1234BC","startTimestamp":"2026-11-24T14:00:00","visitRoom":"Visits Room 2"}""");

        assertThat(booked.code()).isEqualTo(201);
        String reference = (String) booked.json().get("reference");
        assertThat(reference).matches("[a-z]{2}-[a-z]{2}-[a-z]{2}-[a-z]{2}");
        assertThat(booked.json()).containsEntry("prisonId", "MDI").containsEntry("visitStatus", "BOOKED")
                .containsEntry("endTimestamp", "2026-11-24T15:00:00");
        assertThat(sim.notifications(TO_NOMIS)).hasSize(1);
        Notification event = sim.notifications(TO_NOMIS).get(0);
        assertThat(event.eventType()).isEqualTo("prison-visit.booked");
        assertThat(event.message()).containsEntry("prisonerId", "A1234BC").containsEntry("version", "1.0")
                .containsEntry("additionalInformation",
                        Map.of("reference", reference, "visitType", "STANDARD_SOCIAL", "source", "DPS"));
        assertThat(OffsetDateTime.parse((String) event.message().get("occurredAt"))).isNotNull();
        DomainEvent domainEvent = event.asDomainEvent();
        assertThat(domainEvent.eventType()).isEqualTo("prison-visit.booked");
        assertThat(sim.simulator.events().count("prison-visit.booked")).isEqualTo(1);
        assertThat(sim.notifications(FROM_NOMIS)).isEmpty();
    }

    @Test
    void givenADpsUserChangesAndCancels_thenChangedAndCancelledAreSentWithSourceDps() {
        String reference = (String) sim.post("/simulator/dps/visits", "{}").json().get("reference");

        var changed = sim.put("/simulator/dps/visits/" + reference, "{\"visitRoom\":\"Family Visits Room\"}");
        var cancelled = sim.post("/simulator/dps/visits/" + reference + "/cancel",
                "{\"outcomeStatus\":\"PRISONER_CANCELLED\"}");

        assertThat(changed.code()).isEqualTo(200);
        assertThat(changed.json()).containsEntry("visitRoom", "Family Visits Room");
        assertThat(cancelled.code()).isEqualTo(200);
        assertThat(cancelled.json()).containsEntry("visitStatus", "CANCELLED")
                .containsEntry("outcomeStatus", "PRISONER_CANCELLED");
        assertThat(sim.notifications(TO_NOMIS)).extracting(Notification::eventType)
                .containsExactly("prison-visit.booked", "prison-visit.changed", "prison-visit.cancelled");
        assertThat(sim.notifications(TO_NOMIS).get(2).message().get("additionalInformation"))
                .isEqualTo(Map.of("reference", reference, "visitType", "STANDARD_SOCIAL", "source", "DPS"));
        assertThat(sim.post("/simulator/dps/visits/" + reference + "/cancel", "{}").code()).isEqualTo(409);
    }

    @Test
    void givenAPrisonOfficerCancelsInNomis_thenVisitCancelledCarriesOidovis() {
        var booked = sim.post("/simulator/nomis/prisoners/A1234BC/visits", "{}");
        long visitId = ((Number) booked.json().get("visitId")).longValue();

        var cancelled = sim.post("/simulator/nomis/visits/" + visitId + "/cancel",
                "{\"outcome\":\"OFFCANC\",\"user\":\"JSMITH_GEN\"}");

        assertThat(cancelled.code()).isEqualTo(200);
        assertThat(sim.notifications(FROM_NOMIS)).hasSize(1);
        Notification notification = sim.notifications(FROM_NOMIS).get(0);
        assertThat(notification.eventType()).isEqualTo("VISIT_CANCELLED");
        assertThat(notification.message()).containsEntry("visitId", Long.toString(visitId))
                .containsEntry("offenderIdDisplay", "A1234BC").containsEntry("agencyLocationId", "MDI")
                .containsEntry("nomisEventType", "OFFENDER_VISIT-UPDATED")
                .containsEntry("auditModuleName", "OIDOVIS").containsKey("eventId");
        assertThat(LocalDateTime.parse((String) notification.message().get("eventDatetime"))).isNotNull();
        OffenderEvent event = notification.asOffenderEvent();
        assertThat(event.originatesInDps()).isFalse();
        assertThat(event.requireLong("visitId")).isEqualTo(visitId);
        assertThat(sim.simulator.nomisVisits().findVisit(visitId).orElseThrow().modifyUserId())
                .isEqualTo("JSMITH_GEN");
    }

    @Test
    void givenACancelThroughTheNomisApi_thenVisitCancelledCarriesDpsSynchronisation() {
        long visitId = sim.createNomisVisit("A1234BC", "2026-11-24T14:00:00", "c");
        assertThat(sim.notifications(FROM_NOMIS)).as("creates publish nothing yet").isEmpty();

        sim.put("/prisoners/A1234BC/visits/" + visitId + "/cancel", "{\"outcome\":\"ADMIN\"}");

        assertThat(sim.notifications(FROM_NOMIS)).hasSize(1);
        OffenderEvent event = sim.notifications(FROM_NOMIS).get(0).asOffenderEvent();
        assertThat(event.auditModuleName()).contains("DPS_SYNCHRONISATION");
        assertThat(event.originatesInDps()).isTrue();
    }

    @Test
    void givenTheSimulatorCancelsADpsVisitForNomis_thenPrisonVisitCancelledHasSourceNomis() {
        String reference = sim.simulator.traffic().bookVisits(1).get(0).reference();

        var cancelled = sim.put("/migrate-visits/" + reference + "/cancel",
                "{\"cancelOutcome\":{\"outcomeStatus\":\"VISITOR_CANCELLED\",\"text\":\"by NOMIS\"},"
                        + "\"actionedBy\":\"JSMITH_GEN\"}");

        assertThat(cancelled.code()).isEqualTo(200);
        Notification last = sim.notifications(TO_NOMIS).get(sim.notifications(TO_NOMIS).size() - 1);
        assertThat(last.eventType()).isEqualTo("prison-visit.cancelled");
        assertThat(last.message().get("additionalInformation")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("source", "NOMIS")
                .containsEntry("reference", reference);
    }

    @Test
    void givenThePublisherFails_thenTheWriteStillSucceeds() {
        // InMemoryQueues throws for a queue it does not hold, as SQS would for a missing queue.
        try (var failing = new RunningSimulator(RunningSimulator.settings("no-such-queue", FROM_NOMIS))) {
            var booked = failing.post("/simulator/dps/visits", "{}");

            assertThat(booked.code()).isEqualTo(201);
            assertThat(failing.simulator.dpsVisits().all()).hasSize(1);
        }
    }
}
