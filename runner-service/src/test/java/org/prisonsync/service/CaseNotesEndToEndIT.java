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
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.casenotes.CaseNoteContent;
import org.prisonsync.core.casenotes.CaseNoteMappings;
import org.prisonsync.core.casenotes.CaseNotesDomain;
import org.prisonsync.core.casenotes.CaseNotesSync;
import org.prisonsync.core.casenotes.DpsCaseNote;
import org.prisonsync.core.casenotes.NomisCaseNote;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.casenotes.CaseNotesSimulation;


/**
 * Issue 14's case notes on the running service over its queues and HTTP against the simulator: a note made on either
 * side, delivered three times (the simulator's event and two copies at once, several consumers per queue), arrives
 * once on the other side with its mapping and never echoes back; a DPS change reaches every NOMIS copy of the note;
 * a bad id is dead-lettered at once with its reason. A prisoner merge or a booking move made in the simulator's NOMIS
 * (through its control routes, raising the domain event) is followed: a merge's copies mapped to the DPS note they
 * repeat (no second DPS note), a moved booking's DPS notes moved with {@code PUT /move/case-notes}, the mappings
 * following.
 */
class CaseNotesEndToEndIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    static PrisonSyncService service;
    static CaseNotesSimulation caseNotes;
    static QueueDefinition toNomis;
    static QueueDefinition fromNomis;
    static String base;
    static String simulator;
    static final RecordingTelemetry TELEMETRY = new RecordingTelemetry();

    @BeforeAll
    static void start() {
        service = ServiceFixture.startEmbedded(data, TELEMETRY);
        caseNotes = service.simulator().orElseThrow().domain(CaseNotesSimulation.class);
        toNomis = service.core().queues().byId(CaseNotesDomain.TO_NOMIS.id());
        fromNomis = service.core().queues().byId(CaseNotesDomain.FROM_NOMIS.id());
        base = "http://127.0.0.1:" + service.port();
        simulator = "http://127.0.0.1:" + service.simulator().orElseThrow().port();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static CaseNoteContent content(String text) {
        return new CaseNoteContent("GEN", "OSE", LocalDateTime.parse("2026-03-01T10:15:00"), text, "OFFICER_A");
    }

    @Test
    void aDpsNoteThreeTimesAtOnceIsOneNomisNoteUpdatedAndDeletedWithoutEcho() {
        String prisoner = "A9401CN";
        caseNotes.nomis().newBooking(prisoner);
        DpsCaseNote note = caseNotes.dps().createByDpsUser(prisoner, content("seen by healthcare"));
        twoMoreDpsCopies("created", note);
        awaitQuiet();
        assertThat(caseNotes.nomis().caseNotesOf(prisoner)).singleElement()
                .satisfies(n -> assertThat(n.content()).isEqualTo(note.content()));
        assertThat(caseNotes.dps().caseNotesOf(prisoner)).as("no echo back to DPS").hasSize(1);
        assertThat(mappings().nomisIdsOf(note.id())).hasSize(1);

        caseNotes.dps().updateByDpsUser(note.id(), content("seen by healthcare, again"));
        twoMoreDpsCopies("updated", note);
        awaitQuiet();
        assertThat(caseNotes.nomis().caseNotesOf(prisoner)).singleElement()
                .satisfies(n -> assertThat(n.content().text()).isEqualTo("seen by healthcare, again"));

        caseNotes.dps().deleteByDpsUser(note.id());
        twoMoreDpsCopies("deleted", note);
        awaitQuiet();
        assertThat(caseNotes.nomis().caseNotesOf(prisoner)).isEmpty();
        assertThat(mappings().nomisIdsOf(note.id())).isEmpty();
        assertThat(TELEMETRY.named("casenotes-create-success").stream()
                .filter(e -> note.id().equals(e.properties().get("dpsCaseNoteId")))).hasSize(1);
        assertThat(dlqReasons(toNomis)).isEmpty();
        assertThat(dlqReasons(fromNomis)).isEmpty();
    }

    @Test
    void aNomisNoteThreeTimesAtOnceIsOneDpsNoteAndItsCopyFollowsDpsChanges() {
        String prisoner = "A9402CN";
        caseNotes.nomis().newBooking(prisoner);
        NomisCaseNote note = caseNotes.nomis().createByNomisUser(prisoner, content("wing move"));
        twoMoreNomisCopies(note);
        awaitQuiet();
        assertThat(caseNotes.dps().caseNotesOf(prisoner)).singleElement()
                .satisfies(d -> assertThat(d.legacyId()).isEqualTo(note.caseNoteId()));
        assertThat(caseNotes.nomis().caseNotesOf(prisoner)).as("no echo back to NOMIS").hasSize(1);

        long second = caseNotes.nomis().newBooking(prisoner);
        NomisCaseNote copy = caseNotes.nomis().copyToBooking(note.caseNoteId(), second);
        awaitQuiet();
        DpsCaseNote dpsNote = caseNotes.dps().caseNotesOf(prisoner).get(0);
        assertThat(caseNotes.dps().caseNotesOf(prisoner)).hasSize(1);
        assertThat(mappings().nomisIdsOf(dpsNote.id())).containsExactly(note.caseNoteId(), copy.caseNoteId());

        caseNotes.dps().updateByDpsUser(dpsNote.id(), content("wing move, amended"));
        awaitQuiet();
        assertThat(caseNotes.nomis().caseNotesOf(prisoner)).extracting(n -> n.content().text())
                .containsExactly("wing move, amended", "wing move, amended");

        caseNotes.nomis().deleteByNomisUser(copy.caseNoteId());
        awaitQuiet();
        assertThat(caseNotes.dps().caseNotesOf(prisoner)).isEmpty();
        assertThat(caseNotes.nomis().caseNotesOf(prisoner)).isEmpty();
        assertThat(dlqReasons(toNomis)).isEmpty();
        assertThat(dlqReasons(fromNomis)).isEmpty();
    }

    @Test
    void aCaseNoteEventWithABadIdIsDeadLetteredAtOnceWithTheReason() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", "not-a-uuid");
        info.put("source", "DPS");
        Map<String, Object> message = dpsMessage(CaseNotesSync.CREATED, info, "A9403CN");
        send(toNomis, new Notification(UUID.randomUUID().toString(), CaseNotesSync.CREATED, message));
        ServiceFixture.await("the dead letter", Duration.ofSeconds(60), () -> !allDlqReasons(toNomis).isEmpty());
        assertThat(allDlqReasons(toNomis)).anySatisfy(r -> assertThat(r).contains("is not a uuid"));
    }

    private static CaseNoteMappings mappings() {
        return new CaseNoteMappings(service.core().mappings());
    }

    private static void twoMoreDpsCopies(String change, DpsCaseNote note) {
        for (int i = 0; i < 2; i++) {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("id", note.id());
            info.put("source", "DPS");
            info.put("syncToNomis", true);
            String type = "person.case-note." + change;
            send(toNomis, new Notification(UUID.randomUUID().toString(), type,
                    dpsMessage(type, info, note.personIdentifier())));
        }
    }

    private static void twoMoreNomisCopies(NomisCaseNote note) {
        for (int i = 0; i < 2; i++) {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("eventType", CaseNotesSync.NOMIS_INSERTED);
            message.put("eventDatetime", "2026-03-02T10:00:00");
            message.put("offenderIdDisplay", note.offenderNo());
            message.put("bookingId", Long.toString(note.bookingId()));
            message.put("caseNoteId", Long.toString(note.caseNoteId()));
            message.put("nomisEventType", CaseNotesSync.NOMIS_INSERTED);
            send(fromNomis, new Notification(UUID.randomUUID().toString(), CaseNotesSync.NOMIS_INSERTED, message));
        }
    }

    private static Map<String, Object> dpsMessage(String type, Map<String, Object> info, String prisoner) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", type);
        message.put("version", "1");
        message.put("occurredAt", "2026-03-02T10:00:00Z");
        message.put("additionalInformation", info);
        message.put("personReference", Map.of("identifiers", List.of(Map.of("type", "NOMS", "value", prisoner))));
        return message;
    }

    private static void send(QueueDefinition queue, Notification notification) {
        service.messageQueue().send(queue.queueName(), notification);
    }

    private static void awaitQuiet() {
        ServiceFixture.awaitQuiet(service);
    }

    /** The dead-letter reasons on the queue's DLQ, but the bad-id test's own. */
    private static List<String> dlqReasons(QueueDefinition queue) {
        return allDlqReasons(queue).stream().filter(r -> !r.contains("is not a uuid")).toList();
    }

    private static List<String> allDlqReasons(QueueDefinition queue) {
        return ServiceFixture.dlqReasons(service, queue);
    }

    @Test
    void aMergeMapsTheCopyToTheSameDpsNoteAndMovesTheRemovedPrisonersNotes() throws Exception {
        String retained = "A9411CN";
        String removed = "A9412CN";
        caseNotes.nomis().newBooking(removed);
        NomisCaseNote original = caseNotes.nomis().createByNomisUser(removed, content("on report"));
        caseNotes.nomis().newBooking(retained);
        awaitQuiet();
        DpsCaseNote inDps = caseNotes.dps().caseNotesOf(removed).get(0);

        JsonNode merged = post("/simulator/casenotes/nomis/prisoners/" + retained + "/merge",
                "{\"removedOffenderNo\": \"" + removed + "\"}");
        long copy = merged.get("copiedCaseNoteIds").get(0).asLong();
        awaitQuiet();

        assertThat(caseNotes.dps().caseNotesOf(removed)).isEmpty();
        assertThat(caseNotes.dps().caseNotesOf(retained)).as("the copy is not a second DPS note")
                .extracting(DpsCaseNote::id).containsExactly(inDps.id());
        assertThat(mappings().nomisIdsOf(inDps.id())).containsExactly(original.caseNoteId(), copy);
        assertThat(service.core().mappings().findByPrisoner(CaseNotesSync.ENTITY_TYPE, removed)).isEmpty();
        assertThat(TELEMETRY.named("casenotes-prisoner-merge")).anySatisfy(e -> assertThat(e.properties())
                .containsEntry("offenderNo", retained).containsEntry("copiesMapped", "1"));
        assertThat(dlqReasons(fromNomis)).isEmpty();
    }

    @Test
    void aBookingMoveMovesItsDpsNotesOverHttpAndTheirMappings() throws Exception {
        String from = "A9413CN";
        String to = "A9414CN";
        caseNotes.nomis().newBooking(from);
        caseNotes.nomis().createByNomisUser(from, content("stays"));
        long booking = caseNotes.nomis().newBooking(from);
        NomisCaseNote moving = caseNotes.nomis().createByNomisUser(from, content("wrong person"));
        awaitQuiet();
        String movingDpsId = mappings().ofNomis(moving.caseNoteId()).orElseThrow().dpsId();

        post("/simulator/casenotes/nomis/bookings/" + booking + "/move", "{\"toOffenderNo\": \"" + to + "\"}");
        awaitQuiet();

        assertThat(caseNotes.dps().caseNotesOf(to)).extracting(DpsCaseNote::id).containsExactly(movingDpsId);
        assertThat(caseNotes.dps().caseNotesOf(from)).extracting(d -> d.content().text()).containsExactly("stays");
        assertThat(service.core().mappings().findByPrisoner(CaseNotesSync.ENTITY_TYPE, to))
                .extracting(Mapping::dpsId).containsExactly(movingDpsId);
        assertThat(TELEMETRY.named("casenotes-booking-moved")).anySatisfy(e -> assertThat(e.properties())
                .containsEntry("movedToNomsNumber", to).containsEntry("dpsMoved", "1"));
        assertThat(dlqReasons(fromNomis)).isEmpty();
    }

    private static JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(simulator + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
