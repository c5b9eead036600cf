package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.casenotes.CaseNotesSimulation;

/**
 * Issue 14's prisoner merges and booking moves for case notes on the running service: the simulator's NOMIS merges
 * or moves a booking through its control routes and raises the domain event; the service maps the merge's copies to
 * the DPS note they repeat (no second DPS note) and moves a booking's DPS notes with {@code PUT /move/case-notes}
 * over HTTP, the mappings following.
 */
class CaseNotesPrisonerMovesIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    static PrisonSyncService service;
    static CaseNotesSimulation caseNotes;
    static QueueDefinition fromNomis;
    static String simulator;
    static final RecordingTelemetry TELEMETRY = new RecordingTelemetry();

    @BeforeAll
    static void start() {
        service = ServiceFixture.startEmbedded(data, TELEMETRY);
        caseNotes = service.simulator().orElseThrow().domain(CaseNotesSimulation.class);
        fromNomis = service.core().queues().byId(CaseNotesDomain.FROM_NOMIS.id());
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
        assertThat(ServiceFixture.dlqReasons(service, fromNomis)).isEmpty();
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
        assertThat(ServiceFixture.dlqReasons(service, fromNomis)).isEmpty();
    }

    private static CaseNoteMappings mappings() {
        return new CaseNoteMappings(service.core().mappings());
    }

    private static JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(simulator + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void awaitQuiet() {
        ServiceFixture.awaitQuiet(service);
    }
}
