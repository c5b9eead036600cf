package org.prisonsync.simulator.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.alerts.NomisAlertId;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.RunningSimulator;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;

/** The alert routes over HTTP and the alert events they cause, on queues of their own. */
class AlertRoutesIT {
    private static final String ALERTS_TO_NOMIS = "to-nomis-alerts";
    private static final String ALERTS_FROM_NOMIS = "from-nomis-alerts";
    private static final MediaType JSON = MediaType.get("application/json");

    private final RunningSimulator sim = new RunningSimulator(
            RunningSimulator.settings(RunningSimulator.TO_NOMIS, RunningSimulator.FROM_NOMIS)
                    .withQueue(AlertsSimulation.TO_NOMIS_QUEUE, ALERTS_TO_NOMIS)
                    .withQueue(AlertsSimulation.FROM_NOMIS_QUEUE, ALERTS_FROM_NOMIS),
            new InMemoryQueues(List.of(
                    QueueDefinition.withDefaults("tonomis", RunningSimulator.TO_NOMIS, "d1"),
                    QueueDefinition.withDefaults("fromnomis", RunningSimulator.FROM_NOMIS, "d2"),
                    QueueDefinition.withDefaults("alertstonomis", ALERTS_TO_NOMIS, "d3"),
                    QueueDefinition.withDefaults("alertsfromnomis", ALERTS_FROM_NOMIS, "d4"))));

    @AfterEach
    void stop() {
        sim.close();
    }

    private RunningSimulator.Answer postWithSource(String path, String json) {
        return sim.call(new Request.Builder().url(sim.simulator.baseUrl() + path).header("Source", "NOMIS")
                .header("Username", "SYNC_USER").post(RequestBody.create(json, JSON)).build(), sim.http);
    }

    @Test
    void aDpsUsersAlertIsPublishedAsPersonAlertCreatedWithSourceDps() {
        var created = sim.post("/simulator/dps/prisoners/A1234BC/alerts",
                "{\"alertCode\":\"HA\",\"description\":\"at risk\",\"username\":\"OFFICER_A\"}");

        assertThat(created.code()).isEqualTo(201);
        String uuid = (String) created.json().get("alertUuid");
        List<Notification> events = sim.notifications(ALERTS_TO_NOMIS);
        assertThat(events).hasSize(1);
        DomainEvent event = events.get(0).asDomainEvent();
        assertThat(event.eventType()).isEqualTo("person.alert.created");
        assertThat(event.info("alertUuid")).contains(uuid);
        assertThat(event.info("alertCode")).contains("HA");
        assertThat(event.info("source")).contains("DPS");
        assertThat(event.requirePrisonerNumber()).isEqualTo("A1234BC");
        assertThat(sim.notifications(RunningSimulator.TO_NOMIS)).as("visit queue untouched").isEmpty();

        assertThat(sim.delete("/simulator/dps/alerts/" + uuid).code()).isEqualTo(204);
        assertThat(sim.notifications(ALERTS_TO_NOMIS).get(1).eventType()).isEqualTo("person.alert.deleted");
    }

    @Test
    void generateGivesEachNewPrisonerABookingAndOneActiveDpsAlertAndNeverReusesAPrisoner() {
        var first = sim.post("/simulator/dps/alerts/generate", "{\"count\":2}");
        var second = sim.post("/simulator/dps/alerts/generate", "{\"count\":1,\"alertCode\":\"HA\"}");

        assertThat(first.code()).isEqualTo(201);
        assertThat(first.jsonList()).extracting(a -> a.get("prisonNumber")).containsExactly("G0000AA", "G0001AA");
        assertThat(second.jsonList()).extracting(a -> a.get("prisonNumber")).containsExactly("G0002AA");
        String uuid = (String) second.jsonList().get(0).get("alertUuid");
        assertThat(sim.simulator.dpsAlerts().findAlert(uuid)).hasValueSatisfying(alert -> {
            assertThat(alert.alertCode()).isEqualTo("HA");
            assertThat(alert.active()).isTrue();
            assertThat(alert.prisonNumber()).isEqualTo("G0002AA");
        });
        assertThat(sim.simulator.nomisAlerts().bookings("G0001AA")).hasSize(1);
        assertThat(sim.notifications(ALERTS_TO_NOMIS)).hasSize(3)
                .allMatch(n -> n.eventType().equals("person.alert.created"));
    }

    @Test
    void generateRefusesBadCountsCodesAndUnknownFields() {
        assertThat(sim.post("/simulator/dps/alerts/generate", "{\"count\":0}").code()).isEqualTo(400);
        assertThat(sim.post("/simulator/dps/alerts/generate", "{\"count\":500001}").code()).isEqualTo(400);
        assertThat(sim.post("/simulator/dps/alerts/generate", "{\"count\":1,\"alertCode\":\"x'1\"}").code())
                .isEqualTo(400);
        assertThat(sim.post("/simulator/dps/alerts/generate", "{\"count\":1,\"uuid\":\"a\"}").code())
                .isEqualTo(400);
        assertThat(sim.simulator.dpsAlerts().all()).isEmpty();
    }

    @Test
    void theSharedCreatePathIsTheAlertsApiWithASourceHeaderAndNomisWithout() {
        sim.simulator.nomisAlerts().newBooking("A1234BC", false);
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();

        var dps = postWithSource("/prisoners/A1234BC/alerts", "{\"alertCode\":\"XA\",\"activeFrom\":\"" + today
                + "\"}");
        var nomis = sim.post("/prisoners/A1234BC/alerts", "{\"alertCode\":\"XA\",\"date\":\"" + today
                + "\",\"isActive\":true,\"createUsername\":\"SYNC_USER\"}");

        assertThat(dps.code()).isEqualTo(201);
        assertThat(dps.json()).containsKey("alertUuid").containsEntry("createdBy", "SYNC_USER");
        assertThat(sim.notifications(ALERTS_TO_NOMIS).get(0).asDomainEvent().info("source")).contains("NOMIS");
        assertThat(nomis.code()).isEqualTo(201);
        assertThat(nomis.json()).containsKeys("bookingId", "alertSequence");
        OffenderEvent inserted = sim.notifications(ALERTS_FROM_NOMIS).get(0).asOffenderEvent();
        assertThat(inserted.eventType()).isEqualTo("ALERT-INSERTED");
        assertThat(inserted.auditModuleName()).hasValueSatisfying(m -> assertThat(m).startsWith("DPS_SYNCHRONISATION"));
    }

    @Test
    void aNomisUsersAlertIsPublishedAsAlertInsertedWithTheScreenAsAuditModule() {
        long booking = sim.simulator.nomisAlerts().newBooking("A1234BC", false);

        var created = sim.post("/simulator/nomis/prisoners/A1234BC/alerts", "{\"alertCode\":\"HA\"}");
        var updated = sim.put("/simulator/nomis/alerts/" + booking + "/1", "{\"comment\":\"reviewed\"}");

        assertThat(created.code()).isEqualTo(201);
        assertThat(updated.code()).isEqualTo(200);
        assertThat(updated.json()).containsEntry("comment", "reviewed");
        List<Notification> events = sim.notifications(ALERTS_FROM_NOMIS);
        assertThat(events).extracting(Notification::eventType).containsExactly("ALERT-INSERTED", "ALERT-UPDATED");
        OffenderEvent event = events.get(0).asOffenderEvent();
        assertThat(event.requireLong("bookingId")).isEqualTo(booking);
        assertThat(event.requireLong("alertSeq")).isEqualTo(1);
        assertThat(event.offenderIdDisplay()).contains("A1234BC");
        assertThat(event.auditModuleName()).contains(InMemoryAlertsNomisApi.NOMIS_SCREEN);
        assertThat(events.get(0).message()).containsEntry("alertCode", "HA").containsEntry("alertType", "H")
                .containsEntry("nomisEventType", "OFF_ALERT_INSERT");
    }

    @Test
    void prisonerLevelChangesPublishTheirDomainEvents() {
        var admitted = sim.post("/simulator/nomis/prisoners/A1111AA/bookings", "{}");
        sim.post("/simulator/nomis/prisoners/A1111AA/alerts", "{\"alertCode\":\"HA\"}");
        sim.post("/simulator/nomis/prisoners/B2222BB/bookings", "{}");
        long booking = ((Number) admitted.json().get("bookingId")).longValue();

        var merged = sim.post("/simulator/nomis/prisoners/B2222BB/merge", "{\"removedOffenderNo\":\"A1111AA\"}");
        var moved = sim.post("/simulator/nomis/prisoners/B2222BB/bookings/" + booking + "/move",
                "{\"toOffenderNo\":\"C3333CC\"}");

        assertThat(admitted.code()).isEqualTo(201);
        assertThat(merged.code()).isEqualTo(200);
        assertThat(moved.code()).isEqualTo(200);
        List<DomainEvent> events = sim.notifications(ALERTS_FROM_NOMIS).stream()
                .filter(n -> !n.eventType().startsWith("ALERT-")).map(Notification::asDomainEvent).toList();
        assertThat(events).extracting(DomainEvent::eventType).containsExactly(
                "prisoner-offender-search.prisoner.received", "prisoner-offender-search.prisoner.received",
                "prison-offender-events.prisoner.merged", "prison-offender-events.prisoner.booking.moved");
        assertThat(events.get(0).info("reason")).contains("NEW_ADMISSION");
        assertThat(events.get(2).info("nomsNumber")).contains("B2222BB");
        assertThat(events.get(2).info("removedNomsNumber")).contains("A1111AA");
        assertThat(events.get(3).info("movedFromNomsNumber")).contains("B2222BB");
        assertThat(events.get(3).info("movedToNomsNumber")).contains("C3333CC");
        assertThat(events.get(3).info("bookingId")).contains(Long.toString(booking));
        assertThat(sim.simulator.nomisAlerts().bookings("C3333CC")).containsExactly(booking);
        assertThat(sim.simulator.activePrisoners().page(0, 10).prisonerNumbers()).containsExactly("B2222BB");
        // the merge copied the removed prisoner's active alert onto the retained current booking, as NOMIS does
        assertThat(sim.get("/simulator/nomis/prisoners/B2222BB/alerts").json().get("currentBookingAlerts"))
                .asList().hasSize(1);
    }

    @Test
    void theActivePrisonersArePagedLikeSpring() {
        sim.put("/simulator/nomis/active-prisoners/A0002AA", "");
        sim.put("/simulator/nomis/active-prisoners/A0001AA", "");
        sim.put("/simulator/nomis/active-prisoners/A0003AA", "");

        var page = sim.get("/prisoners/ids/active?page=1&size=2");

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.json()).containsEntry("totalElements", 3).containsEntry("last", true)
                .containsEntry("content", List.of(Map.of("bookingId", 0, "offenderNo", "A0003AA")));
    }

    @Test
    void nomisErrorsAreTheRealOnes() {
        NomisAlertId missing = new NomisAlertId(99, 1);

        var unknownPrisoner = sim.post("/prisoners/Z9999ZZ/alerts", "{\"alertCode\":\"HA\",\"date\":\"2026-01-01\","
                + "\"isActive\":true,\"createUsername\":\"U\"}");
        var noAlert = sim.get("/prisoners/booking-id/" + missing.bookingId() + "/alerts/1");
        var noBookings = sim.get("/prisoners/Z9999ZZ/alerts/to-migrate");
        var deleteMissing = sim.delete("/prisoners/booking-id/99/alerts/1");
        var missingField = sim.post("/prisoners/Z9999ZZ/alerts", "{\"alertCode\":\"HA\"}");

        assertThat(unknownPrisoner.code()).isEqualTo(404);
        assertThat(noAlert.code()).isEqualTo(404);
        assertThat(noBookings.code()).isEqualTo(404);
        assertThat(deleteMissing.code()).as("NOMIS deletes idempotently").isEqualTo(204);
        assertThat(missingField.code()).isEqualTo(400);
        assertThat(missingField.body()).contains("date");
    }

    @Test
    void alertRoutesCanBeFaulted() {
        var faults = sim.get("/simulator/faults");

        assertThat(faults.json().get("routes")).asList().contains(NomisAlertRoutes.CREATE, DpsAlertRoutes.CREATE,
                PrisonersSimulation.ACTIVE_ROUTE);
    }

    @Test
    void withoutAlertQueuesNothingIsPublished() {
        try (RunningSimulator plain = new RunningSimulator()) {
            var created = plain.post("/simulator/dps/prisoners/A1234BC/alerts", "{\"alertCode\":\"HA\"}");

            assertThat(created.code()).isEqualTo(201);
            assertThat(plain.simulator.events().count("person.alert.created")).isZero();
            assertThat(plain.simulator.dpsAlerts().alertsOf("A1234BC")).hasSize(1);
        }
    }
}
