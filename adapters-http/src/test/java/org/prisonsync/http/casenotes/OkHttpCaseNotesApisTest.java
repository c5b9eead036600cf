package org.prisonsync.http.casenotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.casenotes.AllPrisonersPage;
import org.prisonsync.core.casenotes.CaseNoteContent;
import org.prisonsync.core.casenotes.CaseNotesDpsApi;
import org.prisonsync.core.casenotes.CaseNotesNomisApi;
import org.prisonsync.core.casenotes.NomisCaseNote;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.Wire;

/** The case notes adapters speak upstream's paths and field names (NOMIS prisoner API, case notes sync API). */
class OkHttpCaseNotesApisTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    private static final CaseNoteContent CONTENT = new CaseNoteContent("GEN", "OSE",
            LocalDateTime.parse("2026-11-20T09:15:00"), "seen by healthcare", "OFFICER_A");

    private HttpSettings settings() {
        return HttpSettings.defaults(Map.of("nomis", server.url("/").toString(),
                "casenotes", server.url("/").toString()));
    }

    private CaseNotesNomisApi nomis() {
        return CaseNotesHttp.caseNotesNomisApi(HttpAdapters.client(settings()), settings());
    }

    private CaseNotesDpsApi dps() {
        return CaseNotesHttp.caseNotesDpsApi(HttpAdapters.client(settings()), settings());
    }

    private RecordedRequest taken() throws InterruptedException {
        return server.takeRequest(1, TimeUnit.SECONDS);
    }

    @Test
    void nomisCreatePostsTheCreateCaseNoteRequestAndReadsTheNewId() throws Exception {
        server.enqueue(Wire.json(201, "{\"id\": 2345678, \"bookingId\": 1234}"));

        NomisCaseNote created = nomis().create("A1234KT", CONTENT);

        assertThat(created.caseNoteId()).isEqualTo(2345678);
        assertThat(created.writtenBySync()).isTrue();
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/prisoners/A1234KT/casenotes");
        JsonNode body = Wire.body(request);
        assertThat(body.get("caseNoteType").asText()).isEqualTo("GEN");
        assertThat(body.get("caseNoteSubType").asText()).isEqualTo("OSE");
        assertThat(body.get("caseNoteText").asText()).isEqualTo("seen by healthcare");
        assertThat(body.get("authorUsername").asText()).isEqualTo("OFFICER_A");
        assertThat(body.get("occurrenceDateTime").asText()).isEqualTo("2026-11-20T09:15:00");
    }

    @Test
    void allPrisonersAreAKeysetPageOfPrisonerNosWithLast() throws Exception {
        server.enqueue(Wire.json(200, "{\"prisonerIds\": [{\"offenderNo\": \"A1234KT\"}, "
                + "{\"offenderNo\": \"A1235KT\"}], \"lastOffenderId\": 1555999}"));
        server.enqueue(Wire.json(200, "{\"prisonerIds\": [{\"offenderNo\": \"A1236KT\"}]}"));

        AllPrisonersPage page = nomis().allPrisonersFrom(1555000, 30);

        assertThat(page).isEqualTo(new AllPrisonersPage(List.of("A1234KT", "A1235KT"), 1555999));
        assertThat(taken().getTarget()).isEqualTo("/prisoners/ids/all-from-id?offenderId=1555000&pageSize=30");
        assertThatThrownBy(() -> nomis().allPrisonersFrom(1555999, 30)).hasMessageContaining("lastOffenderId");
    }

    @Test
    void nomisFindReadsTheCaseNoteResponseAndItsAuditModule() throws Exception {
        server.enqueue(Wire.json(200, """
                {"caseNoteId": 2345678, "bookingId": 1234, "caseNoteType": {"code": "GEN", "description": "d"},
                 "caseNoteSubType": {"code": "OSE", "description": "d"}, "occurrenceDateTime": "2026-11-20T09:15:00",
                 "authorUsername": "OFFICER_A", "authorStaffId": 1, "authorLastName": "A", "prisonId": "MDI",
                 "caseNoteText": "seen by healthcare", "amendments": [], "createdDatetime": "2026-11-20T09:15:00",
                 "createdUsername": "OFFICER_A", "sourceSystem": "NOMIS", "auditModuleName": "OIDCNOTE"}"""));

        NomisCaseNote note = nomis().find(2345678).orElseThrow();

        assertThat(note.content()).isEqualTo(CONTENT);
        assertThat(note.prisonId()).isEqualTo("MDI");
        assertThat(note.writtenBySync()).isFalse();
        assertThat(taken().getTarget()).isEqualTo("/casenotes/2345678");
    }

    @Test
    void nomisUpdateAndDeleteUseTheCaseNoteId() throws Exception {
        server.enqueue(Wire.status(200));
        server.enqueue(Wire.status(404));

        assertThat(nomis().update(2345678, CONTENT)).isTrue();
        assertThat(nomis().delete(2345678)).isFalse();

        RecordedRequest put = taken();
        assertThat(put.getMethod() + " " + put.getTarget()).isEqualTo("PUT /casenotes/2345678");
        assertThat(Wire.body(put).get("text").asText()).isEqualTo("seen by healthcare");
        RecordedRequest delete = taken();
        assertThat(delete.getMethod() + " " + delete.getTarget()).isEqualTo("DELETE /casenotes/2345678");
    }

    @Test
    void dpsSyncPutsTheSyncCaseNoteRequestAsNomis() throws Exception {
        server.enqueue(Wire.json(201, "{\"id\": \"0c1b1a52-3f9e-4f6e-9b5a-0a3f2c0e8d11\", \"legacyId\": 2345678,"
                + " \"action\": \"CREATED\"}"));

        String id = dps().sync("A1234KT", null, 2345678, "MDI", CONTENT);

        assertThat(id).isEqualTo("0c1b1a52-3f9e-4f6e-9b5a-0a3f2c0e8d11");
        RecordedRequest request = taken();
        assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo("PUT /sync/case-notes");
        JsonNode body = Wire.body(request);
        assertThat(body.get("legacyId").asLong()).isEqualTo(2345678);
        assertThat(body.get("personIdentifier").asText()).isEqualTo("A1234KT");
        assertThat(body.get("locationId").asText()).isEqualTo("MDI");
        assertThat(body.get("system").asText()).isEqualTo("NOMIS");
        assertThat(body.get("author").get("username").asText()).isEqualTo("OFFICER_A");
        assertThat(body.has("id")).isFalse();
    }

    @Test
    void dpsReadsAPrisonersNotesAndDeletesBySyncId() throws Exception {
        server.enqueue(Wire.json(200, """
                [{"caseNoteId": "0c1b1a52-3f9e-4f6e-9b5a-0a3f2c0e8d11", "offenderIdentifier": "A1234KT",
                  "type": "GEN", "subType": "OSE", "occurrenceDateTime": "2026-11-20T09:15:00",
                  "authorUsername": "OFFICER_A", "text": "seen by healthcare", "legacyId": 2345678,
                  "sensitive": false, "amendments": []}]"""));
        server.enqueue(Wire.status(204));

        assertThat(dps().caseNotesOf("A1234KT")).singleElement()
                .satisfies(n -> assertThat(n.content()).isEqualTo(CONTENT));
        assertThat(dps().delete("0c1b1a52-3f9e-4f6e-9b5a-0a3f2c0e8d11")).isTrue();

        assertThat(taken().getTarget()).isEqualTo("/sync/case-notes/A1234KT");
        assertThat(taken().getTarget()).isEqualTo("/sync/case-notes/0c1b1a52-3f9e-4f6e-9b5a-0a3f2c0e8d11");
    }

    @Test
    void dpsMovePutsTheMoveCaseNotesRequestAndARefusalIsRejected() throws Exception {
        server.enqueue(Wire.status(200));
        server.enqueue(Wire.json(400, "{\"status\": 400, \"userMessage\": \"case notes not found\"}"));

        dps().move("A1000KT", "A1234KT", Set.of("0c1b1a52-3f9e-4f6e-9b5a-0a3f2c0e8d11"));

        RecordedRequest request = taken();
        assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo("PUT /move/case-notes");
        JsonNode body = Wire.body(request);
        assertThat(body.get("fromPersonIdentifier").asText()).isEqualTo("A1000KT");
        assertThat(body.get("toPersonIdentifier").asText()).isEqualTo("A1234KT");
        assertThat(body.get("caseNoteIds")).hasSize(1);
        assertThat(body.get("caseNoteIds").get(0).asText()).isEqualTo("0c1b1a52-3f9e-4f6e-9b5a-0a3f2c0e8d11");
        assertThatThrownBy(() -> dps().move("A1000KT", "A1234KT", Set.of("0c1b1a52-3f9e-4f6e-9b5a-0a3f2c0e8d11")))
                .isInstanceOf(UpstreamRejected.class).hasMessageContaining("case notes not found");
    }
}
