package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.appointments.AppointmentInstance;
import org.prisonsync.core.appointments.AppointmentsDomain;
import org.prisonsync.core.appointments.NomisAppointment;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.appointments.AppointmentsSimulation;

/**
 * Issue 13's appointments, on the running service over SQS and HTTP against the simulator: every event type
 * delivered three times at once (eight consumers on the queue) leaves exactly one NOMIS appointment and the right
 * mapping; the reconciliation over planted differences reports exactly them, a NOMIS duplicate once, repairs after a
 * dry run and is clean after; an excluded key is skipped and reported once it is consistent; a bad message is
 * dead-lettered at once with its reason.
 */
class AppointmentsEndToEndIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static AppointmentsSimulation appointments;
    static QueueDefinition queue;
    static String base;
    static final RecordingTelemetry TELEMETRY = new RecordingTelemetry();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        service = ServiceFixture.startEmbedded(data, TELEMETRY);
        appointments = service.simulator().orElseThrow().domain(AppointmentsSimulation.class);
        queue = service.core().queues().byId(AppointmentsDomain.TO_NOMIS.id());
        base = "http://127.0.0.1:" + service.port();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void everyEventTypeDeliveredThreeTimesAtOnceLeavesOneNomisAppointmentAndTheRightMapping() {
        appointments.admit("MDI", "A7001AA", 7001);
        AppointmentInstance instance = new AppointmentInstance(7001, 7001, "MDI", "A7001AA", "CHAP", "Talk", null,
                AppointmentsSimulation.DPS_ROOM, false, LocalDate.now().plusDays(2), LocalTime.of(9, 0),
                LocalTime.of(10, 0), null);

        appointments.dps().create(instance);
        twoMoreCopies("created", 7001);
        awaitQuiet();
        long eventId = Long.parseLong(mapping(7001).orElseThrow());
        assertThat(appointments.nomis().appointmentsOf(7001)).singleElement().satisfies(a -> {
            assertThat(a.eventId()).isEqualTo(eventId);
            assertThat(a.internalLocation()).isEqualTo(AppointmentsSimulation.NOMIS_ROOM);
        });

        appointments.dps().update(instance.withTimes(LocalDate.now().plusDays(3), LocalTime.of(14, 0),
                LocalTime.of(15, 0)).withCategory("GYMW"));
        twoMoreCopies("updated", 7001);
        awaitQuiet();
        assertThat(appointments.nomis().appointmentsOf(7001)).singleElement().satisfies(a -> {
            assertThat(a.startDateTime()).isEqualTo(LocalDate.now().plusDays(3).atTime(14, 0));
            assertThat(a.subtype()).isEqualTo("GYMW");
        });

        appointments.dps().cancel(7001);
        twoMoreCopies("cancelled", 7001);
        awaitQuiet();
        assertThat(appointments.nomis().appointmentsOf(7001)).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo("CANC"));

        appointments.dps().uncancel(7001);
        twoMoreCopies("uncancelled", 7001);
        awaitQuiet();
        assertThat(appointments.nomis().appointmentsOf(7001)).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo("SCH"));
        assertThat(mapping(7001)).contains(Long.toString(eventId));

        appointments.dps().delete(7001);
        twoMoreCopies("deleted", 7001);
        awaitQuiet();
        assertThat(appointments.nomis().appointmentsOf(7001)).isEmpty();
        assertThat(mapping(7001)).isEmpty();
        assertThat(TELEMETRY.count("appointment-create-success")).isGreaterThanOrEqualTo(1);
        assertThat(TELEMETRY.named("appointment-create-success").stream()
                .filter(e -> "7001".equals(e.properties().get("appointmentInstanceId")))).hasSize(1);
        assertThat(dlqReasons()).noneMatch(r -> r.contains("7001"));
    }

    @Test
    void plantedDifferencesAreReportedExactlyRepairedAfterADryRunAndExclusionsHonoured() throws Exception {
        List<AppointmentInstance> seeded = appointments.seed("BXI", 6, 8001);
        ServiceFixture.await("six appointments mapped", Duration.ofSeconds(60), () ->
                seeded.stream().allMatch(i -> mapping(i.id()).isPresent()));
        awaitQuiet();
        Map<String, String> planted = appointments.plantDifferences(seeded, 8100).verdicts();

        JsonNode first = call("POST", "/reconciliations/appointments/runs?wait=true", null, 200);
        assertThat(first.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(first.get("parameters").get("from").asText()).isEqualTo(LocalDate.now().minusDays(1).toString());
        assertThat(first.get("parameters").get("to").asText()).isEqualTo(LocalDate.now().plusDays(28).toString());
        String runId = first.get("id").asText();
        assertThat(verdicts(runId, "BXI")).isEqualTo(planted);
        String duplicateKey = key(planted, "NOMIS_DUPLICATE");
        long duplicate = Long.parseLong(duplicateKey.substring("nomis-".length()));
        assertThat(TELEMETRY.named("appointments-reports-reconciliation-mismatch").stream()
                .filter(e -> runId.equals(e.properties().get("run-id")))
                .filter(e -> Long.toString(duplicate).equals(e.properties().get("nomisEventId")))).hasSize(1);

        // a narrower range leaves out what lies outside it
        JsonNode narrow = call("POST", "/reconciliations/appointments/runs?wait=true&from="
                + LocalDate.now().plusDays(25) + "&to=" + LocalDate.now().plusDays(28), null, 200);
        assertThat(verdicts(narrow.get("id").asText(), "BXI")).isEmpty();

        int before = appointments.nomis().count();
        JsonNode plan = call("POST", "/reconciliations/runs/" + runId + "/repair?dryRun=true", null, 200);
        assertThat(plan).hasSize(planted.size());
        assertThat(appointments.nomis().count()).isEqualTo(before);
        assertThat(appointments.nomis().find(duplicate)).isPresent();

        String nomisOnly = key(planted, "NOMIS_ONLY");
        call("PUT", "/reconciliations/appointments/exclusions/" + nomisOnly,
                Map.of("reason", "made in NOMIS after the migration; DPS has a similar appointment"), 200);
        JsonNode repaired = call("POST", "/reconciliations/runs/" + runId + "/repair?dryRun=false", null, 200);
        Map<String, String> outcomes = new HashMap<>();
        repaired.forEach(r -> outcomes.put(r.get("key").asText(), r.get("outcome").asText()));
        Map<String, String> expected = new HashMap<>();
        planted.keySet().forEach(k -> expected.put(k, k.equals(nomisOnly) ? "NOT_REPAIRABLE" : "REPAIRED"));
        assertThat(outcomes).isEqualTo(expected);
        assertThat(appointments.nomis().find(duplicate)).isEmpty();

        JsonNode clean = call("POST", "/reconciliations/appointments/runs?wait=true", null, 200);
        assertThat(verdicts(clean.get("id").asText(), "BXI")).isEmpty();
        assertThat(TELEMETRY.named("appointments-reports-reconciliation-excluded").stream()
                .filter(e -> clean.get("id").asText().equals(e.properties().get("run-id")))).hasSize(1);

        // an excluded DPS-only instance is skipped, and reported once the resync makes it consistent
        AppointmentInstance late = appointments.dps().putWithoutEvent(new AppointmentInstance(8200, 708_001, "BXI",
                seeded.get(0).prisonerNumber(), "CHAP", null, null, AppointmentsSimulation.DPS_ROOM, false,
                LocalDate.now().plusDays(4), LocalTime.of(11, 0), LocalTime.of(11, 30), null));
        call("PUT", "/reconciliations/appointments/exclusions/dps-" + late.id(), Map.of("reason", "checking"), 200);
        JsonNode skipped = call("POST", "/reconciliations/appointments/runs?wait=true", null, 200);
        assertThat(verdicts(skipped.get("id").asText(), "BXI")).isEmpty();
        assertThat(call("POST", "/appointments/appointment-instance-id/8200/resync?dryRun=true", null, 200)
                .get("status").asText()).isEqualTo("PLANNED");
        assertThat(mapping(8200)).isEmpty();
        assertThat(call("POST", "/appointments/appointment-instance-id/8200/resync?dryRun=false", null, 200)
                .get("status").asText()).isEqualTo("DONE");
        JsonNode resolved = call("POST", "/reconciliations/appointments/runs?wait=true", null, 200);
        assertThat(TELEMETRY.named("appointments-reports-reconciliation-mismatch-excluded-resolved").stream()
                .filter(e -> resolved.get("id").asText().equals(e.properties().get("run-id")))
                .filter(e -> e.properties().containsValue("dps-8200"))).hasSize(1);
    }

    @Test
    void aNomisDuplicateIsDeletedByItsOwnRepairAfterADryRunAndAMappedOneIsRefused() throws Exception {
        List<AppointmentInstance> seeded = appointments.seed("LEI", 1, 9001);
        ServiceFixture.await("mapped", Duration.ofSeconds(60), () -> mapping(9001).isPresent());
        long copy = appointments.plantDuplicate(seeded.get(0));

        assertThat(call("DELETE", "/appointments/nomis-event-id/" + mapping(9001).orElseThrow()
                + "/duplicate?dryRun=false", null, 409).toString()).contains("mapped");
        assertThat(call("DELETE", "/appointments/nomis-event-id/" + copy + "/duplicate?dryRun=true", null, 200)
                .get("status").asText()).isEqualTo("PLANNED");
        assertThat(appointments.nomis().find(copy)).isPresent();
        assertThat(call("DELETE", "/appointments/nomis-event-id/" + copy + "/duplicate?dryRun=false", null, 200)
                .get("status").asText()).isEqualTo("DONE");
        assertThat(appointments.nomis().appointmentsOf(seeded.get(0).bookingId())).extracting(NomisAppointment::eventId)
                .containsExactly(Long.parseLong(mapping(9001).orElseThrow()));
        call("DELETE", "/appointments/nomis-event-id/x1/duplicate?dryRun=true", null, 400);
        call("DELETE", "/appointments/nomis-event-id/5/duplicate?dryRun=maybe", null, 400);
    }

    @Test
    void aCancelWhoseEventWasLostIsReportedAsACancelledDifferenceAndTheResyncCancelsNomisAfterADryRun()
            throws Exception {
        List<AppointmentInstance> seeded = appointments.seed("CNL", 2, 9501);
        ServiceFixture.await("mapped", Duration.ofSeconds(60), () -> mapping(9501).isPresent()
                && mapping(9502).isPresent());
        awaitQuiet();
        long eventId = Long.parseLong(mapping(9501).orElseThrow());
        appointments.dps().state().cancel(9501, true); // cancelled in DPS, its event lost

        JsonNode first = call("POST", "/reconciliations/appointments/runs?wait=true", null, 200);
        assertThat(verdicts(first.get("id").asText(), "CNL")).containsOnly(Map.entry("nomis-" + eventId,
                "DIFFERENT"));
        JsonNode shown = call("GET", "/reconciliations/runs/" + first.get("id").asText(), null, 200);
        shown.get("mismatches").forEach(m -> {
            if (m.get("key").asText().equals("nomis-" + eventId)) {
                assertThat(m.get("fields").get("differences").asText()).isEqualTo("cancelled");
            }
        });

        assertThat(call("POST", "/appointments/appointment-instance-id/9501/resync?dryRun=true", null, 200)
                .get("actions").get(0).asText()).contains("cancel NOMIS appointment " + eventId);
        assertThat(appointments.nomis().find(eventId).orElseThrow().status()).isEqualTo("SCH");
        assertThat(call("POST", "/appointments/appointment-instance-id/9501/resync?dryRun=false", null, 200)
                .get("status").asText()).isEqualTo("DONE");
        assertThat(appointments.nomis().find(eventId).orElseThrow().status()).isEqualTo("CANC");

        JsonNode next = call("POST", "/reconciliations/appointments/runs?wait=true", null, 200);
        assertThat(verdicts(next.get("id").asText(), "CNL")).isEmpty();
        assertThat(seeded).hasSize(2);
    }

    @Test
    void aBadMessageIsDeadLetteredAtOnceWithItsReason() {
        send(event("appointments.appointment-instance.created", Map.of("appointmentInstanceId", "١٣")));
        send(event("appointments.appointment-instance.deleted", Map.of("id", 4)));

        ServiceFixture.await("two on the DLQ", Duration.ofSeconds(30), () -> dlqReasons().size() >= 2);
        assertThat(dlqReasons()).hasSize(2)
                .allSatisfy(r -> assertThat(r).contains("additionalInformation.appointmentInstanceId"));
    }

    private static Map<String, String> verdicts(String runId, String prison) throws Exception {
        Map<String, String> found = new HashMap<>();
        call("GET", "/reconciliations/runs/" + runId, null, 200).get("mismatches").forEach(m -> {
            if (prison.equals(m.get("fields").get("prison").asText())) {
                found.put(m.get("key").asText(), m.get("fields").get("verdict").asText());
            }
        });
        return found;
    }

    private static String key(Map<String, String> planted, String verdict) {
        return planted.entrySet().stream().filter(e -> e.getValue().equals(verdict)).findFirst().orElseThrow()
                .getKey();
    }

    private static java.util.Optional<String> mapping(long instanceId) {
        return service.core().mappings().findByDpsId("APPOINTMENT", Long.toString(instanceId))
                .map(m -> m.nomisId());
    }

    /** The same event twice more, sent at once, as SNS/SQS may redeliver it to other consumers. */
    private static void twoMoreCopies(String change, long id) {
        for (int i = 0; i < 2; i++) {
            send(event("appointments.appointment-instance." + change, Map.of("appointmentInstanceId", id)));
        }
    }

    private static void awaitQuiet() {
        ServiceFixture.await("quiet queues", Duration.ofSeconds(90), AppointmentsEndToEndIT::quiet);
    }

    private static void send(Notification notification) {
        service.messageQueue().send(queue.queueName(), notification);
    }

    private static Notification event(String eventType, Map<String, Object> info) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1.0");
        message.put("occurredAt", OffsetDateTime.now().toString());
        message.put("additionalInformation", info);
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }

    private static List<String> dlqReasons() {
        return ServiceFixture.dlqReasons(service, queue);
    }

    private static boolean quiet() {
        return service.core().queueAdmin().status().stream()
                .allMatch(q -> q.messagesOnQueue() == 0 && q.messagesInFlight() == 0);
    }

    private static JsonNode call(String method, String path, Object body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
