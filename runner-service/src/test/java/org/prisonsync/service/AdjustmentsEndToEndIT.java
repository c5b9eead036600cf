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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.adjustments.AdjustmentCategory;
import org.prisonsync.core.adjustments.AdjustmentsDomain;
import org.prisonsync.core.adjustments.AdjustmentsSync;
import org.prisonsync.core.adjustments.LegacyAdjustment;
import org.prisonsync.core.adjustments.NomisAdjustment;
import org.prisonsync.core.adjustments.NomisAdjustmentId;
import org.prisonsync.core.adjustments.NomisAdjustmentRequest;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.adjustments.AdjustmentsSimulation;

/**
 * Issue 13's sentencing adjustments, on the running service over SQS and HTTP against the simulator: every event
 * type of both directions delivered three times at once (several consumers on each queue) leaves exactly one record
 * on the other side and the right mapping; the other side's event for our own write (source {@code NOMIS} from DPS,
 * audit module {@code DPS_SYNCHRONISATION} from NOMIS) never echoes back; a bad message is dead-lettered at once with
 * its reason.
 */
class AdjustmentsEndToEndIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static AdjustmentsSimulation adjustments;
    static QueueDefinition toNomis;
    static QueueDefinition fromNomis;
    static String base;
    static final RecordingTelemetry TELEMETRY = new RecordingTelemetry();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        service = ServiceFixture.startEmbedded(data, TELEMETRY);
        adjustments = service.simulator().orElseThrow().domain(AdjustmentsSimulation.class);
        toNomis = service.core().queues().byId(AdjustmentsDomain.TO_NOMIS.id());
        fromNomis = service.core().queues().byId(AdjustmentsDomain.FROM_NOMIS.id());
        base = "http://127.0.0.1:" + service.port();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void everyDpsEventTypeThreeTimesAtOnceLeavesOneNomisAdjustmentOfTheRightKindAndNoEcho() {
        for (Integer sentenceSequence : new Integer[] {2, null}) {
            long booking = sentenceSequence == null ? 9102 : 9101;
            String prisoner = sentenceSequence == null ? "A9102AA" : "A9101AA";
            adjustments.admit(booking, prisoner, "MDI");
            String type = sentenceSequence == null ? "UAL" : "RX";
            LegacyAdjustment adjustment = AdjustmentsSimulation.legacy(booking, sentenceSequence, prisoner, type, 10);

            String uuid = adjustments.dpsCreate(adjustment);
            twoMoreDpsCopies("inserted", uuid, prisoner);
            awaitQuiet();
            NomisAdjustmentId id = NomisAdjustmentId.parseKey(mapping(uuid).orElseThrow().nomisId()).orElseThrow();
            assertThat(id.category()).isEqualTo(sentenceSequence == null ? AdjustmentCategory.KEY_DATE
                    : AdjustmentCategory.SENTENCE);
            assertThat(adjustments.nomis().bookingAdjustments(booking, false)).singleElement()
                    .satisfies(a -> {
                        assertThat(a.id()).isEqualTo(id);
                        assertThat(a.adjustmentType()).isEqualTo(type);
                        assertThat(a.adjustmentDays()).isEqualTo(10);
                    });
            assertThat(mapping(uuid).orElseThrow().mappingType()).isEqualTo("SENTENCING_CREATED");

            adjustments.dpsUpdate(uuid, new LegacyAdjustment(booking, sentenceSequence, prisoner, type,
                    adjustment.adjustmentDate(), adjustment.adjustmentFromDate(), 15, "more days", true, false, "MDI",
                    true));
            twoMoreDpsCopies("updated", uuid, prisoner);
            awaitQuiet();
            assertThat(adjustments.nomis().bookingAdjustments(booking, false)).singleElement()
                    .satisfies(a -> assertThat(a.adjustmentDays()).isEqualTo(15));

            // the sync's NOMIS writes raised NOMIS events (audit DPS_SYNCHRONISATION): none came back to DPS
            assertThat(adjustments.dps().of(prisoner)).containsOnlyKeys(uuid);

            adjustments.dpsDelete(uuid);
            twoMoreDpsCopies("deleted", uuid, prisoner);
            awaitQuiet();
            assertThat(adjustments.nomis().bookingAdjustments(booking, false)).isEmpty();
            assertThat(mapping(uuid)).isEmpty();
            assertThat(adjustments.dps().of(prisoner)).isEmpty();
            assertThat(TELEMETRY.named("sentencing-adjustment-create-success").stream()
                    .filter(e -> uuid.equals(e.properties().get("adjustmentId")))).hasSize(1);
        }
        assertThat(TELEMETRY.count("sentence-adjustment-synchronisation-skipped"))
                .isGreaterThanOrEqualTo(1);
        assertThat(TELEMETRY.count("key-date-adjustment-synchronisation-skipped")).isGreaterThanOrEqualTo(1);
        assertThat(dlqReasons(toNomis)).isEmpty();
        assertThat(dlqReasons(fromNomis)).isEmpty();
    }

    @Test
    void everyNomisEventTypeThreeTimesAtOnceLeavesOneDpsAdjustmentAndNoEcho() {
        for (Long sentenceSequence : new Long[] {3L, null}) {
            long booking = sentenceSequence == null ? 9202 : 9201;
            String prisoner = sentenceSequence == null ? "A9202AA" : "A9201AA";
            adjustments.admit(booking, prisoner, "MDI");
            String type = sentenceSequence == null ? "ADA" : "S240A";
            NomisAdjustmentRequest request = new NomisAdjustmentRequest(type, LocalDate.now(),
                    LocalDate.now().minusDays(4), 4, "made in NOMIS", true, null);

            NomisAdjustmentId id = adjustments.nomisCreate(booking, sentenceSequence, request);
            twoMoreNomisCopies(id, booking, prisoner, false);
            awaitQuiet();
            Mapping mapping = service.core().mappings().findByNomisId(AdjustmentsSync.ENTITY_TYPE, id.key())
                    .orElseThrow();
            assertThat(mapping.mappingType()).isEqualTo("NOMIS_CREATED");
            assertThat(adjustments.dps().of(prisoner)).containsOnlyKeys(mapping.dpsId());
            LegacyAdjustment inDps = adjustments.dps().find(mapping.dpsId()).orElseThrow();
            assertThat(inDps.adjustmentType()).isEqualTo(type);
            assertThat(inDps.sentenceSequence()).isEqualTo(sentenceSequence == null ? null : 3);

            adjustments.nomisUpdate(id, new NomisAdjustmentRequest(type, request.adjustmentDate(),
                    request.adjustmentFromDate(), 6, "changed in NOMIS", null, sentenceSequence));
            twoMoreNomisCopies(id, booking, prisoner, false);
            awaitQuiet();
            assertThat(adjustments.dps().find(mapping.dpsId()).orElseThrow().adjustmentDays()).isEqualTo(6);

            // the sync's DPS writes raised DPS events with source NOMIS: none came back to NOMIS
            assertThat(adjustments.nomis().bookingAdjustments(booking, false)).extracting(NomisAdjustment::id)
                    .containsExactly(id);

            adjustments.nomisDelete(id);
            twoMoreNomisCopies(id, booking, prisoner, true);
            awaitQuiet();
            assertThat(adjustments.dps().of(prisoner)).isEmpty();
            assertThat(service.core().mappings().findByNomisId(AdjustmentsSync.ENTITY_TYPE, id.key())).isEmpty();
            assertThat(adjustments.nomis().bookingAdjustments(booking, false)).isEmpty();
        }
        assertThat(TELEMETRY.count("sentencing-adjustment-create-ignored")).isGreaterThanOrEqualTo(2);
        assertThat(TELEMETRY.count("sentencing-adjustment-updated-ignored")).isGreaterThanOrEqualTo(2);
        assertThat(TELEMETRY.count("sentencing-adjustment-deleted-ignored")).isGreaterThanOrEqualTo(2);
        assertThat(dlqReasons(toNomis)).isEmpty();
        assertThat(dlqReasons(fromNomis)).isEmpty();
    }

    @Test
    void aMergeDeliveredThreeTimesAtOnceCreatesEachUnmappedNomisAdjustmentInDpsOnceAndEchoesNothing() {
        long booking = 9501;
        String prisoner = "A9501AA";
        adjustments.admit(booking, prisoner, "MDI");
        // NOMIS moved these onto the booking in a merge: no adjustment events, only BOOKING_NUMBER-CHANGED
        NomisAdjustmentId sentence = adjustments.nomis().plant(booking, 1L, new NomisAdjustmentRequest("RSR",
                LocalDate.now(), LocalDate.now().minusDays(7), 7, null, true, null));
        NomisAdjustmentId keyDate = adjustments.nomis().plant(booking, null, new NomisAdjustmentRequest("ADA",
                LocalDate.now(), LocalDate.now().minusDays(3), 3, null, true, null));
        Map<String, Object> merge = new LinkedHashMap<>();
        merge.put("eventType", AdjustmentsSync.BOOKING_NUMBER_CHANGED);
        merge.put("eventDatetime", "2026-03-02T10:00:00");
        merge.put("bookingId", Long.toString(booking));
        merge.put("offenderIdDisplay", prisoner);
        merge.put("nomisEventType", "BOOK_UPD_OASYS");
        merge.put("previousBookingNumber", "43719F");
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread sender = new Thread(() -> send(fromNomis, new Notification(UUID.randomUUID().toString(),
                    AdjustmentsSync.BOOKING_NUMBER_CHANGED, merge)));
            sender.start();
            senders.add(sender);
        }
        senders.forEach(AdjustmentsEndToEndIT::join);
        awaitQuiet();

        Map<String, LegacyAdjustment> inDps = adjustments.dps().of(prisoner);
        assertThat(inDps).hasSize(2);
        for (NomisAdjustmentId id : List.of(sentence, keyDate)) {
            Mapping mapping = service.core().mappings().findByNomisId(AdjustmentsSync.ENTITY_TYPE, id.key())
                    .orElseThrow();
            assertThat(mapping.mappingType()).isEqualTo("NOMIS_CREATED");
            assertThat(inDps).containsKey(mapping.dpsId());
        }
        assertThat(inDps.values()).extracting(LegacyAdjustment::adjustmentType).containsExactlyInAnyOrder("RSR",
                "ADA");
        // the DPS creates raised events with source NOMIS: nothing came back to NOMIS
        assertThat(adjustments.nomis().bookingAdjustments(booking, false)).extracting(NomisAdjustment::id)
                .containsExactlyInAnyOrder(sentence, keyDate);
        // each delivery ends once everything is mapped (one that met another's claim waited for it, then found
        // the mappings), so all three report the merge
        assertThat(TELEMETRY.named("from-nomis-synch-adjustment-merge").stream()
                .filter(e -> Long.toString(booking).equals(e.properties().get("bookingId")))).hasSize(3);
        assertThat(dlqReasons(fromNomis)).isEmpty();
    }

    @Test
    void upstreamsRepairCreatesAnAdjustmentWhoseEventWasLostThenUpdatesItAfterADryRunAndRefusesBadInput()
            throws Exception {
        adjustments.admit(9601, "A9601AA", "MDI");
        // planted through the control API: in DPS only, its inserted event lost
        String uuid = planted(Map.of("side", "DPS", "offenderNo", "A9601AA", "bookingId", 9601,
                "adjustmentType", "UAL", "adjustmentDays", 12));
        String repair = "/prisoners/A9601AA/sentencing-adjustments/" + uuid + "/repair";

        assertThat(call("POST", repair + "?dryRun=true", 200).get("status").asText()).isEqualTo("PLANNED");
        assertThat(adjustments.nomis().bookingAdjustments(9601, false)).isEmpty();
        assertThat(call("POST", repair + "?force-status=false&set-active=false&dryRun=false", 200)
                .get("status").asText()).isEqualTo("DONE");
        NomisAdjustmentId id = NomisAdjustmentId.parseKey(mapping(uuid).orElseThrow().nomisId()).orElseThrow();
        assertThat(id.category()).isEqualTo(AdjustmentCategory.KEY_DATE);
        assertThat(adjustments.nomis().bookingAdjustments(9601, false)).singleElement()
                .satisfies(a -> assertThat(a.adjustmentDays()).isEqualTo(12));

        LegacyAdjustment was = adjustments.dps().find(uuid).orElseThrow();
        adjustments.dps().put(uuid, new LegacyAdjustment(was.bookingId(), null, was.offenderNo(), "UAL",
                was.adjustmentDate(), was.adjustmentFromDate(), 20, "corrected", true, false, "MDI", true));
        assertThat(call("POST", repair + "?force-status=true&set-active=false&dryRun=true", 200).get("actions")
                .get(0).asText()).contains("update NOMIS adjustment " + id.key()).contains("active false");
        assertThat(adjustments.nomis().find(id).orElseThrow().adjustmentDays()).isEqualTo(12);
        assertThat(call("POST", repair + "?force-status=true&set-active=false", 200).get("status").asText())
                .isEqualTo("DONE");
        assertThat(adjustments.nomis().find(id)).hasValueSatisfying(a -> {
            assertThat(a.adjustmentDays()).isEqualTo(20);
            assertThat(a.active()).isFalse();
        });
        awaitQuiet();
        // the NOMIS writes were audited DPS_SYNCHRONISATION: DPS still holds the one adjustment
        assertThat(adjustments.dps().of("A9601AA")).containsOnlyKeys(uuid);
        assertThat(TELEMETRY.named("to-nomis-synch-adjustment-repair").stream()
                .filter(e -> uuid.equals(e.properties().get("adjustmentId")))).hasSize(2);

        call("POST", "/prisoners/A9602AA/sentencing-adjustments/" + uuid + "/repair", 409);
        call("POST", "/prisoners/A9601AA/sentencing-adjustments/no-such-adjustment/repair", 404);
        call("POST", repair + "?dryRun=maybe", 400);
        call("POST", repair + "?force-status=yes", 400);
        call("POST", repair + "?forceStatus=true", 400);
        call("POST", "/prisoners/not-a-no/sentencing-adjustments/" + uuid + "/repair", 400);
        call("POST", "/prisoners/A9601AA/sentencing-adjustments/bad%20id/repair", 400);
        assertThat(dlqReasons(toNomis)).isEmpty();
    }

    private static String planted(Map<String, Object> body) throws Exception {
        int port = service.simulator().orElseThrow().port();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/simulator/adjustments/plant"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asText();
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aBadMessageIsDeadLetteredAtOnceWithItsReason() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", UUID.randomUUID().toString());
        info.put("offenderNo", "not-a-prisoner");
        send(toNomis, dpsEvent(AdjustmentsSync.INSERTED, info));
        Map<String, Object> nomis = nomisEvent(AdjustmentsSync.SENTENCE_UPSERTED, 1, 9301, "A9301AA");
        nomis.put("adjustmentId", "-4");
        send(fromNomis, new Notification(UUID.randomUUID().toString(), AdjustmentsSync.SENTENCE_UPSERTED, nomis));

        ServiceFixture.await("one on each DLQ", Duration.ofSeconds(30), () ->
                dlqReasons(toNomis).size() >= 1 && dlqReasons(fromNomis).size() >= 1);
        assertThat(dlqReasons(toNomis)).singleElement()
                .satisfies(r -> assertThat(r).contains("additionalInformation.offenderNo"));
        assertThat(dlqReasons(fromNomis)).singleElement().satisfies(r -> assertThat(r).contains("adjustmentId"));
        service.core().queueAdmin().purge(toNomis.dlqName());
        service.core().queueAdmin().purge(fromNomis.dlqName());
    }

    @Test
    void plantedDifferencesAndADuplicateOnEachSideAreReportedExactlyRepairedAfterADryRunAndTheNextRunIsClean()
            throws Exception {
        long clean = adjustments.admitActive("A9401AA", "MDI");
        long copies = adjustments.admitActive("A9402AA", "MDI");
        long missing = adjustments.admitActive("A9403AA", "MDI");
        String synced = adjustments.dpsCreate(AdjustmentsSimulation.legacy(clean, 1, "A9401AA", "RX", 10));
        String keptDps = adjustments.dpsCreate(AdjustmentsSimulation.legacy(copies, null, "A9402AA", "ADA", 5));
        NomisAdjustmentId keptNomis = adjustments.nomisCreate(copies, 2L, new NomisAdjustmentRequest("S240A",
                LocalDate.now(), LocalDate.now().minusDays(3), 3, null, true, null));
        ServiceFixture.await("synchronised", Duration.ofSeconds(60), () -> mapping(synced).isPresent()
                && mapping(keptDps).isPresent() && service.core().mappings()
                .findByNomisId(AdjustmentsSync.ENTITY_TYPE, keptNomis.key()).isPresent());
        awaitQuiet();
        NomisAdjustmentId nomisOriginal = NomisAdjustmentId.parseKey(mapping(keptDps).orElseThrow().nomisId())
                .orElseThrow();
        String dpsOriginal = service.core().mappings().findByNomisId(AdjustmentsSync.ENTITY_TYPE, keptNomis.key())
                .orElseThrow().dpsId();
        // the duplicates a lost NOMIS answer (seed 000) and two racing threads (seed 002) leave, without events
        NomisAdjustmentId nomisCopy = adjustments.plantNomisCopy(nomisOriginal);
        String dpsCopy = adjustments.plantDpsCopy(dpsOriginal);
        // differences whose events were lost: a NOMIS-only and a DPS-only adjustment
        NomisAdjustmentId nomisOnly = adjustments.nomis().plant(missing, null, new NomisAdjustmentRequest("UAL",
                null, LocalDate.now().minusDays(9), 9, null, true, null));
        String dpsOnly = UUID.randomUUID().toString();
        adjustments.dps().put(dpsOnly, AdjustmentsSimulation.legacy(missing, 1, "A9403AA", "RSR", 4));

        JsonNode first = call("POST", "/reconciliations/sentencing/runs?wait=true", 200);
        assertThat(first.get("status").asText()).isEqualTo("COMPLETED");
        String runId = first.get("id").asText();
        Map<String, JsonNode> found = mismatches(runId);
        assertThat(found).containsOnlyKeys("A9402AA", "A9403AA");
        assertThat(found.get("A9402AA").get("duplicateNomisAdjustmentIds").asText()).isEqualTo(nomisCopy.key());
        assertThat(found.get("A9402AA").get("duplicateAdjustmentIds").asText()).isEqualTo(dpsCopy);
        assertThat(found.get("A9403AA").get("differences").asText()).isEqualTo("REMAND:0|1,UAL:1|0");
        assertThat(TELEMETRY.named("to-nomis-synch-sentencing-adjustment-duplicate").stream()
                .filter(e -> Long.toString(nomisCopy.id()).equals(e.properties().get("duplicateNomisAdjustmentId"))))
                .hasSize(1);
        assertThat(TELEMETRY.named("from-nomis-synch-adjustment-duplicate").stream()
                .filter(e -> dpsCopy.equals(e.properties().get("duplicateAdjustmentId")))).hasSize(1);

        // seed 000: the NOMIS duplicate, dry run first; the mapped original is refused
        call("DELETE", "/key-date-adjustments/" + nomisOriginal.id() + "/duplicate?dryRun=false", 409);
        assertThat(call("DELETE", "/key-date-adjustments/" + nomisCopy.id() + "/duplicate?dryRun=true", 200)
                .get("status").asText()).isEqualTo("PLANNED");
        assertThat(adjustments.nomis().find(nomisCopy)).isPresent();
        assertThat(call("DELETE", "/key-date-adjustments/" + nomisCopy.id() + "/duplicate?dryRun=false", 200)
                .get("status").asText()).isEqualTo("DONE");
        assertThat(adjustments.nomis().find(nomisCopy)).isEmpty();
        call("DELETE", "/key-date-adjustments/" + nomisCopy.id() + "/duplicate?dryRun=maybe", 400);
        call("DELETE", "/key-date-adjustments/x1/duplicate?dryRun=true", 400);

        // seed 002: the DPS duplicate
        call("DELETE", "/legacy/adjustments/" + dpsOriginal + "/duplicate?dryRun=false", 409);
        assertThat(call("DELETE", "/legacy/adjustments/" + dpsCopy + "/duplicate?dryRun=true", 200)
                .get("status").asText()).isEqualTo("PLANNED");
        assertThat(adjustments.dps().find(dpsCopy)).isPresent();
        assertThat(call("DELETE", "/legacy/adjustments/" + dpsCopy + "/duplicate?dryRun=false", 200)
                .get("status").asText()).isEqualTo("DONE");
        assertThat(adjustments.dps().find(dpsCopy)).isEmpty();

        // the booking with lost events, resynchronised from the side that has each adjustment
        String resync = "/prisoners/A9403AA/booking-id/" + missing + "/sentencing-adjustments/resync";
        assertThat(call("POST", resync + "?dryRun=true", 200).get("status").asText()).isEqualTo("PLANNED");
        assertThat(adjustments.dps().of("A9403AA")).containsOnlyKeys(dpsOnly);
        assertThat(call("POST", resync + "?dryRun=false", 200).get("status").asText()).isEqualTo("DONE");
        awaitQuiet();
        assertThat(adjustments.dps().of("A9403AA")).hasSize(2);
        assertThat(adjustments.nomis().bookingAdjustments(missing, false)).hasSize(2);
        assertThat(service.core().mappings().findByNomisId(AdjustmentsSync.ENTITY_TYPE, nomisOnly.key()))
                .isPresent();
        assertThat(mapping(dpsOnly)).isPresent();

        JsonNode next = call("POST", "/reconciliations/sentencing/runs?wait=true", 200);
        assertThat(mismatches(next.get("id").asText())).isEmpty();
        assertThat(dlqReasons(toNomis)).isEmpty();
        assertThat(dlqReasons(fromNomis)).isEmpty();
    }

    private static Map<String, JsonNode> mismatches(String runId) throws Exception {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        call("GET", "/reconciliations/runs/" + runId, 200).get("mismatches")
                .forEach(m -> found.put(m.get("key").asText(), m.get("fields")));
        return found;
    }

    private static JsonNode call(String method, String path, int expected) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    private static Optional<Mapping> mapping(String uuid) {
        return service.core().mappings().findByDpsId(AdjustmentsSync.ENTITY_TYPE, uuid);
    }

    private static void twoMoreDpsCopies(String change, String uuid, String prisoner) {
        for (int i = 0; i < 2; i++) {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("id", uuid);
            info.put("offenderNo", prisoner);
            info.put("source", "DPS");
            send(toNomis, dpsEvent("release-date-adjustments.adjustment." + change, info));
        }
    }

    private static void twoMoreNomisCopies(NomisAdjustmentId id, long booking, String prisoner, boolean deleted) {
        String eventType = (id.category() == AdjustmentCategory.SENTENCE ? "SENTENCE_ADJUSTMENT"
                : "KEY_DATE_ADJUSTMENT") + (deleted ? "_DELETED" : "_UPSERTED");
        for (int i = 0; i < 2; i++) {
            send(fromNomis, new Notification(UUID.randomUUID().toString(), eventType,
                    nomisEvent(eventType, id.id(), booking, prisoner)));
        }
    }

    private static Map<String, Object> nomisEvent(String eventType, long adjustmentId, long booking, String prisoner) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("eventDatetime", "2026-03-02T10:00:00");
        message.put("offenderIdDisplay", prisoner);
        message.put("bookingId", Long.toString(booking));
        message.put("adjustmentId", Long.toString(adjustmentId));
        message.put("nomisEventType", "WHATEVER");
        message.put("auditModuleName", "OIDSENAD");
        return message;
    }

    private static Notification dpsEvent(String eventType, Map<String, Object> info) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1");
        message.put("occurredAt", "2026-03-02T10:00:00Z");
        message.put("additionalInformation", info);
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }

    private static void send(QueueDefinition queue, Notification notification) {
        service.messageQueue().send(queue.queueName(), notification);
    }

    private static void awaitQuiet() {
        ServiceFixture.awaitQuiet(service);
    }

    private static List<String> dlqReasons(QueueDefinition queue) {
        return ServiceFixture.dlqReasons(service, queue);
    }
}
