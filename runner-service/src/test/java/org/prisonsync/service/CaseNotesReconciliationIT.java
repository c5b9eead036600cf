package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.casenotes.CaseNoteContent;
import org.prisonsync.core.casenotes.CaseNoteMappings;
import org.prisonsync.core.casenotes.CaseNotesDomain;
import org.prisonsync.core.casenotes.DpsCaseNote;
import org.prisonsync.core.casenotes.NomisCaseNote;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.casenotes.CaseNotesSimulation;

/**
 * Issue 14 done-when 3 on the running service: notes made by users on both sides are synchronised, then differences
 * and duplicates are planted on five prisoners through the simulator's control API (without events, as lost events
 * and timed-out writes leave them). The reconciliations report exactly those (a dry run deleting nothing), delete only
 * the provable duplicates, and the resynchronise repairs over HTTP leave a clean full reconciliation.
 */
class CaseNotesReconciliationIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLEAN = "A9500CN";
    private static final String DIFFERS = "A9501CN";
    private static final String NOMIS_DUPS = "A9502CN";
    private static final String DPS_SIDE = "A9503CN";
    private static final String INACTIVE = "A9504CN";
    private static final String PREFIX = "casenotes-reports-reconciliation";

    @TempDir
    static Path data;
    static PrisonSyncService service;
    static CaseNotesSimulation caseNotes;
    static String base;
    static String simulator;
    static final RecordingTelemetry TELEMETRY = new RecordingTelemetry();
    /** Subject (nomis-id or dps-uuid) → expected kind and provability, per prisoner, as planted. */
    static final Map<String, Map<String, String>> PLANTED = new TreeMap<>();
    static long provableNomis;
    static long nearNomis;
    static String provableDps;
    static String nearDps;

    @BeforeAll
    static void start() throws Exception {
        service = ServiceFixture.startEmbedded(data, TELEMETRY);
        caseNotes = service.simulator().orElseThrow().domain(CaseNotesSimulation.class);
        base = "http://127.0.0.1:" + service.port();
        simulator = service.simulator().orElseThrow().baseUrl();
        for (String prisoner : List.of(CLEAN, DIFFERS, NOMIS_DUPS, DPS_SIDE, INACTIVE)) {
            assertThat(sim("POST", "/simulator/casenotes/nomis/prisoners/" + prisoner + "/bookings", "")
                    .statusCode()).isEqualTo(201);
            if (!prisoner.equals(INACTIVE)) {
                assertThat(sim("PUT", "/simulator/nomis/active-prisoners/" + prisoner, "").statusCode())
                        .isEqualTo(204);
            }
        }
        // users write on both sides; prison-sync synchronises and maps each note
        for (String prisoner : List.of(CLEAN, DIFFERS, NOMIS_DUPS, DPS_SIDE, INACTIVE)) {
            caseNotes.dps().createByDpsUser(prisoner, content("DPS note of " + prisoner));
            caseNotes.nomis().createByNomisUser(prisoner, content("NOMIS note of " + prisoner));
        }
        caseNotes.dps().createByDpsUser(NOMIS_DUPS, content("typed twice"));
        awaitQuiet();
        ServiceFixture.await("every note mapped", Duration.ofSeconds(60), () -> List.of(CLEAN, DIFFERS, NOMIS_DUPS,
                DPS_SIDE, INACTIVE).stream().allMatch(p -> caseNotes.dps().caseNotesOf(p).stream()
                .allMatch(d -> !mappings().nomisIdsOf(d.id()).isEmpty())));
        plant();
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    private static CaseNoteContent content(String text) {
        return new CaseNoteContent("GEN", "OSE", LocalDateTime.parse("2026-03-01T10:15:00"), text, "OFFICER_A");
    }

    private static Map<String, Object> wire(CaseNoteContent c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", c.type());
        body.put("subType", c.subType());
        body.put("occurrenceDateTime", c.occurrence().toString());
        body.put("text", c.text());
        body.put("authorUsername", c.author());
        return body;
    }

    private static NomisCaseNote nomisNote(String prisoner, String text) {
        return caseNotes.nomis().caseNotesOf(prisoner).stream().filter(n -> n.content().text().equals(text))
                .findFirst().orElseThrow();
    }

    private static DpsCaseNote dpsNote(String prisoner, String text) {
        return caseNotes.dps().caseNotesOf(prisoner).stream().filter(n -> n.content().text().equals(text))
                .findFirst().orElseThrow();
    }

    private static void expect(String prisoner, String subject, String kind) {
        PLANTED.computeIfAbsent(prisoner, p -> new TreeMap<>()).put(subject, kind);
    }

    private static JsonNode planted(String path, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = sim("POST", path, JSON.writeValueAsString(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    /** Every difference through the simulator's control API, none raising an event. */
    private static void plant() throws Exception {
        // DIFFERS: NOMIS's text of a mapped pair changed; a NOMIS user's note whose event was lost
        NomisCaseNote changed = nomisNote(DIFFERS, "DPS note of " + DIFFERS);
        assertThat(sim("PUT", "/simulator/casenotes/nomis/casenotes/" + changed.caseNoteId() + "/planted",
                JSON.writeValueAsString(wire(content("changed in NOMIS only")))).statusCode()).isEqualTo(204);
        expect(DIFFERS, "nomis-" + changed.caseNoteId(), "FIELDS_DIFFER");
        Map<String, Object> lost = wire(content("event lost"));
        lost.put("auditModuleName", "OIDCNOTE");
        expect(DIFFERS, "nomis-" + planted("/simulator/casenotes/nomis/prisoners/" + DIFFERS + "/planted", lost)
                .get("caseNoteId").asLong(), "NOMIS_ONLY");
        // NOMIS_DUPS: a DPS→NOMIS create that timed out and was retried (provable), and a NOMIS user's retyping
        Map<String, Object> retry = wire(content("DPS note of " + NOMIS_DUPS));
        retry.put("auditModuleName", OffenderEvent.DPS_SYNCHRONISATION);
        provableNomis = planted("/simulator/casenotes/nomis/prisoners/" + NOMIS_DUPS + "/planted", retry)
                .get("caseNoteId").asLong();
        expect(NOMIS_DUPS, "nomis-" + provableNomis, "NOMIS_DUPLICATE provable");
        Map<String, Object> retyped = wire(content("typed twice"));
        retyped.put("auditModuleName", "OIDCNOTE");
        nearNomis = planted("/simulator/casenotes/nomis/prisoners/" + NOMIS_DUPS + "/planted", retyped)
                .get("caseNoteId").asLong();
        expect(NOMIS_DUPS, "nomis-" + nearNomis, "NOMIS_DUPLICATE");
        // DPS_SIDE: a NOMIS→DPS create that timed out and was retried (provable), a DPS user's copy of it, and a
        // DPS note removed without its event
        NomisCaseNote fromNomis = nomisNote(DPS_SIDE, "NOMIS note of " + DPS_SIDE);
        Map<String, Object> second = wire(fromNomis.content());
        second.put("legacyId", fromNomis.caseNoteId());
        provableDps = planted("/simulator/casenotes/dps/prisoners/" + DPS_SIDE + "/planted", second)
                .get("caseNoteId").asText();
        expect(DPS_SIDE, "dps-" + provableDps, "DPS_DUPLICATE provable");
        nearDps = planted("/simulator/casenotes/dps/prisoners/" + DPS_SIDE + "/planted", wire(fromNomis.content()))
                .get("caseNoteId").asText();
        expect(DPS_SIDE, "dps-" + nearDps, "DPS_DUPLICATE");
        DpsCaseNote removed = dpsNote(DPS_SIDE, "DPS note of " + DPS_SIDE);
        long removedNomis = mappings().nomisIdsOf(removed.id()).get(0);
        assertThat(sim("DELETE", "/simulator/casenotes/dps/casenotes/" + removed.id() + "/planted", "").statusCode())
                .isEqualTo(204);
        expect(DPS_SIDE, "nomis-" + removedNomis, "MAPPED_DPS_MISSING");
        // INACTIVE (only the full reconciliation reads it): a DPS note whose event was lost; DPS's text changed
        expect(INACTIVE, "dps-" + planted("/simulator/casenotes/dps/prisoners/" + INACTIVE + "/planted",
                wire(content("never sent"))).get("caseNoteId").asText(), "DPS_ONLY");
        DpsCaseNote amended = dpsNote(INACTIVE, "DPS note of " + INACTIVE);
        assertThat(sim("PUT", "/simulator/casenotes/dps/casenotes/" + amended.id() + "/planted",
                JSON.writeValueAsString(wire(content("amended in DPS only")))).statusCode()).isEqualTo(204);
        expect(INACTIVE, "nomis-" + mappings().nomisIdsOf(amended.id()).get(0), "FIELDS_DIFFER");
    }

    @Test
    void reconciliationReportsExactlyThePlantedDeletesOnlyProvableDuplicatesAndResyncsLeaveItClean() throws Exception {
        String before = notesOfAll();
        JsonNode dry = call("POST", "/reconciliations/casenotes-active/runs?wait=true&dryRun=true", 200);
        assertThat(reported(dry)).isEqualTo(without(INACTIVE));
        assertThat(notesOfAll()).as("a dry run deletes nothing").isEqualTo(before);
        assertThat(subjects(dry, NOMIS_DUPS).get("nomis-" + provableNomis)).endsWith("would be deleted (dry run)");

        JsonNode active = call("POST", "/reconciliations/casenotes-active/runs?wait=true", 200);
        assertThat(reported(active)).isEqualTo(without(INACTIVE));
        assertThat(caseNotes.nomis().find(provableNomis)).as("the provable NOMIS duplicate").isEmpty();
        assertThat(caseNotes.dps().find(provableDps)).as("the provable DPS duplicate").isEmpty();
        assertThat(caseNotes.nomis().find(nearNomis)).as("a NOMIS user's retyping").isPresent();
        assertThat(caseNotes.dps().find(nearDps)).as("a DPS user's copy").isPresent();
        assertThat(TELEMETRY.named(PREFIX + "-deleted")).hasSize(2);
        assertThat(TELEMETRY.named(PREFIX + "-requested")).allSatisfy(e -> assertThat(e.properties())
                .containsEntry("activeOnly", "true"));

        JsonNode all = call("POST", "/reconciliations/casenotes-all/runs?wait=true", 200);
        Map<String, Map<String, String>> left = new TreeMap<>(PLANTED);
        left.put(NOMIS_DUPS, Map.of("nomis-" + nearNomis, "NOMIS_DUPLICATE"));
        left.put(DPS_SIDE, new TreeMap<>(PLANTED.get(DPS_SIDE)));
        left.get(DPS_SIDE).remove("dps-" + provableDps);
        assertThat(reported(all)).isEqualTo(left);
        assertThat(all.get("checked").asInt()).isEqualTo(5);

        repair("POST", "/prisoners/" + DIFFERS + "/casenotes/resynchronise/from-nomis");
        repair("POST", "/prisoners/" + NOMIS_DUPS + "/casenotes/resynchronise/to-nomis");
        repair("POST", "/prisoners/" + DPS_SIDE + "/casenotes/resynchronise/to-nomis");
        DpsCaseNote amended = dpsNote(INACTIVE, "amended in DPS only");
        repair("PUT", "/casenotes/" + INACTIVE + "/" + amended.id() + "/resynchronise");
        repair("POST", "/prisoners/" + INACTIVE + "/casenotes/resynchronise/to-nomis");
        awaitQuiet();

        JsonNode clean = call("POST", "/reconciliations/casenotes-all/runs?wait=true", 200);
        assertThat(reported(clean)).isEmpty();
        assertThat(nomisNote(DIFFERS, "event lost")).isNotNull();
        assertThat(dpsNote(DIFFERS, "event lost").legacyId()).isEqualTo(nomisNote(DIFFERS, "event lost").caseNoteId());
        assertThat(nomisNote(INACTIVE, "amended in DPS only")).isNotNull();
        assertThat(ServiceFixture.dlqReasons(service, queue(CaseNotesDomain.TO_NOMIS.id()))).isEmpty();
        assertThat(ServiceFixture.dlqReasons(service, queue(CaseNotesDomain.FROM_NOMIS.id()))).isEmpty();
    }

    /** A resynchronise: the dry run plans and changes nothing, the real one does what it planned. */
    private static void repair(String method, String path) throws Exception {
        String before = notesOfAll();
        JsonNode plan = call(method, path + "?dryRun=true", 200);
        assertThat(plan.get("status").asText()).as(path).isEqualTo("PLANNED");
        assertThat(notesOfAll()).as(path + " dry run").isEqualTo(before);
        JsonNode done = call(method, path + "?dryRun=false", 200);
        assertThat(done.get("status").asText()).as(path).isEqualTo("DONE");
        assertThat(done.get("actions")).isEqualTo(plan.get("actions"));
    }

    private static Map<String, Map<String, String>> without(String prisoner) {
        Map<String, Map<String, String>> expected = new TreeMap<>(PLANTED);
        expected.remove(prisoner);
        return expected;
    }

    /** Each prisoner reported, with each difference's subject and kind ("provable" added for a provable one). */
    private static Map<String, Map<String, String>> reported(JsonNode run) throws Exception {
        Map<String, Map<String, String>> found = new TreeMap<>();
        for (JsonNode mismatch : mismatches(run)) {
            String prisoner = mismatch.get("key").asText();
            Map<String, String> subjects = new TreeMap<>();
            mismatch.get("fields").fields().forEachRemaining(f -> {
                if (f.getKey().startsWith("nomis-") || f.getKey().startsWith("dps-")) {
                    String value = f.getValue().asText();
                    subjects.put(f.getKey(), value.substring(0, value.indexOf(':'))
                            + (value.contains("(provable)") ? " provable" : ""));
                }
            });
            assertThat(mismatch.get("fields").get("differences").asInt()).isEqualTo(subjects.size());
            found.put(prisoner, subjects);
        }
        return found;
    }

    private static Map<String, String> subjects(JsonNode run, String prisoner) throws Exception {
        for (JsonNode mismatch : mismatches(run)) {
            if (mismatch.get("key").asText().equals(prisoner)) {
                Map<String, String> fields = new TreeMap<>();
                mismatch.get("fields").fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
                return fields;
            }
        }
        throw new AssertionError(prisoner + " not reported");
    }

    private static JsonNode mismatches(JsonNode run) throws Exception {
        return call("GET", "/reconciliations/runs/" + run.get("id").asText(), 200).get("mismatches");
    }

    private static String notesOfAll() {
        StringBuilder all = new StringBuilder();
        for (String prisoner : List.of(CLEAN, DIFFERS, NOMIS_DUPS, DPS_SIDE, INACTIVE)) {
            all.append(caseNotes.nomis().caseNotesOf(prisoner)).append(caseNotes.dps().caseNotesOf(prisoner));
        }
        return all.toString();
    }

    private static JsonNode call(String method, String path, int status) throws Exception {
        HttpResponse<String> response = ServiceFixture.http(method, base + path);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> sim(String method, String path, String json) {
        return ServiceFixture.http(method, simulator + path, json);
    }

    private static CaseNoteMappings mappings() {
        return new CaseNoteMappings(service.core().mappings());
    }

    private static QueueDefinition queue(String id) {
        return service.core().queues().byId(id);
    }

    private static void awaitQuiet() {
        ServiceFixture.awaitQuiet(service);
    }
}
