package org.prisonsync.simulator.casenotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.casenotes.AllPrisonersPage;
import org.prisonsync.core.casenotes.CaseNoteContent;
import org.prisonsync.core.casenotes.DpsCaseNote;
import org.prisonsync.core.casenotes.NomisCaseNote;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesDpsApi;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;

/**
 * NOMIS's case note endpoints and the case notes API's sync endpoints as one table over the twins. Writes go through
 * the ports, so NOMIS audits them as DPS synchronisation and DPS records them with source NOMIS, and the twins' change
 * feeds raise the events ({@link CaseNoteEventPublisher}).
 */
final class CaseNoteRoutes {
    private CaseNoteRoutes() {
    }

    static RouteTable table(InMemoryCaseNotesNomisApi nomis, InMemoryCaseNotesDpsApi dps, ObjectMapper mapper) {
        return RouteTable.builder()
                .create("/prisoners/{offenderNo}/casenotes", ctx -> nomisCreate(ctx, nomis, mapper),
                        note -> Map.of("id", note.caseNoteId(), "bookingId", note.bookingId()),
                        RouteTable.noEvent())
                .find("/casenotes/{caseNoteId}", ctx -> Params.positiveLong(ctx, "caseNoteId"), nomis::find,
                        CaseNoteRoutes::nomisWire, id -> "Case note " + id + " not found")
                .change(Method.PUT, "/casenotes/{caseNoteId}", ctx -> nomisUpdate(ctx, nomis, mapper))
                .delete("/casenotes/{caseNoteId}", ctx -> Params.positiveLong(ctx, "caseNoteId"),
                        (Long id) -> { nomis.delete(id); })
                .list("/prisoners/{offenderNo}/casenotes", ctx -> Params.prisonerNumber(ctx, "offenderNo"),
                        nomis::caseNotesOf, notes -> Map.of("caseNotes",
                                notes.stream().map(CaseNoteRoutes::nomisWire).toList()))
                .hook(Method.GET, "/prisoners/ids/all-from-id", ctx -> allPrisoners(ctx, nomis))
                .hook(Method.PUT, "/sync/case-notes", ctx -> dpsSync(ctx, dps, mapper))
                .hook(Method.PUT, "/move/case-notes", ctx -> dpsMove(ctx, dps, mapper))
                .delete("/sync/case-notes/{id}", ctx -> ctx.pathParam("id"), (String id) -> { dps.delete(id); })
                .list("/sync/case-notes/{personIdentifier}", ctx -> Params.prisonerNumber(ctx, "personIdentifier"),
                        dps::caseNotesOf, notes -> notes.stream().map(CaseNoteRoutes::dpsWire).toList())
                .find("/case-notes/{personIdentifier}/{caseNoteIdentifier}",
                        ctx -> new String[] {ctx.pathParam("personIdentifier"), ctx.pathParam("caseNoteIdentifier")},
                        key -> dps.find(key[0], key[1]), CaseNoteRoutes::dpsWire,
                        key -> "Case note " + key[1] + " not found")
                .build();
    }

    /** {@code CreateCaseNoteRequest}; 404 for a prisoner without a booking. */
    private static NomisCaseNote nomisCreate(Context ctx, InMemoryCaseNotesNomisApi nomis, ObjectMapper mapper) {
        String offenderNo = Params.prisonerNumber(ctx, "offenderNo");
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        CaseNoteContent content = new CaseNoteContent(body.requiredNonBlank("caseNoteType"),
                body.requiredNonBlank("caseNoteSubType"), body.requiredDateTime("occurrenceDateTime"),
                body.requiredText("caseNoteText"), body.requiredNonBlank("authorUsername"));
        try {
            return nomis.create(offenderNo, content);
        } catch (UpstreamRejected e) {
            throw ApiError.notFound(e.getMessage());
        }
    }

    /**
     * {@code GET /prisoners/ids/all-from-id?offenderId&pageSize} → {@code PrisonerNosWithLast}: the prisoners NOMIS
     * has booked, by offender id (upstream's defaults: after 0, 10 a page).
     */
    private static void allPrisoners(Context ctx, InMemoryCaseNotesNomisApi nomis) {
        String after = ctx.queryParam("offenderId");
        long offenderId = 0;
        if (after != null && !after.isBlank()) {
            java.util.OptionalLong parsed = org.prisonsync.core.message.Ids.parseLong(after.trim());
            if (parsed.isEmpty() || parsed.getAsLong() < 0) {
                throw ApiError.badRequest("offenderId must be a whole number, 0 or more, in ASCII digits");
            }
            offenderId = parsed.getAsLong();
        }
        int pageSize = Params.intQuery(ctx, "pageSize", 10);
        if (pageSize < 1 || pageSize > 10_000) {
            throw ApiError.badRequest("pageSize must be 1 to 10000");
        }
        AllPrisonersPage page = nomis.allPrisonersFrom(offenderId, pageSize);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prisonerIds", page.prisonerIds().stream().map(p -> Map.of("offenderNo", p)).toList());
        body.put("lastOffenderId", page.lastOffenderId());
        ctx.json(body);
    }

    /** {@code UpdateCaseNoteRequest}: NOMIS changes the text only. */
    private static void nomisUpdate(Context ctx, InMemoryCaseNotesNomisApi nomis, ObjectMapper mapper) {
        long id = Params.positiveLong(ctx, "caseNoteId");
        NomisCaseNote current = nomis.find(id).orElseThrow(() -> ApiError.notFound("Case note " + id + " not found"));
        String text = JsonBody.parse(ctx.body(), mapper).requiredText("text");
        CaseNoteContent was = current.content();
        nomis.update(id, new CaseNoteContent(was.type(), was.subType(), was.occurrence(), text, was.author()));
    }

    /**
     * {@code MoveCaseNotesRequest} → 200: the listed notes of {@code fromPersonIdentifier} become
     * {@code toPersonIdentifier}'s (a booking moved in NOMIS). Every field is required, ids are uuids.
     */
    private static void dpsMove(Context ctx, InMemoryCaseNotesDpsApi dps, ObjectMapper mapper) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("fromPersonIdentifier", "toPersonIdentifier",
                "caseNoteIds");
        String from = body.requiredNonBlank("fromPersonIdentifier");
        String to = body.requiredNonBlank("toPersonIdentifier");
        if (!Params.isPrisonerNumber(from) || !Params.isPrisonerNumber(to)) {
            throw ApiError.badRequest("fromPersonIdentifier and toPersonIdentifier are prisoner numbers");
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(body.requiredTexts("caseNoteIds"));
        for (String id : ids) {
            try {
                UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("caseNoteIds holds a value that is not a uuid: " + id);
            }
        }
        dps.move(from, to, ids);
        ctx.status(200);
    }

    /** {@code SyncCaseNoteRequest} → {@code SyncResult}: 201 created, 200 updated; an unknown id is a 404. */
    private static void dpsSync(Context ctx, InMemoryCaseNotesDpsApi dps, ObjectMapper mapper) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        String id = body.optionalText("id").orElse(null);
        if (id != null) {
            try {
                UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("id is not a uuid: " + id);
            }
        }
        long legacyId = body.optionalLong("legacyId").orElseThrow(() -> ApiError.badRequest("legacyId is required"));
        String person = body.requiredNonBlank("personIdentifier");
        body.requiredText("locationId");
        CaseNoteContent content = new CaseNoteContent(body.requiredNonBlank("type"), body.requiredNonBlank("subType"),
                body.requiredDateTime("occurrenceDateTime"), body.requiredText("text"),
                body.requiredObject("author").requiredNonBlank("username"));
        String synced;
        try {
            synced = dps.sync(person, id, legacyId, null, content);
        } catch (UpstreamRejected e) {
            throw ApiError.notFound(e.getMessage());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", synced);
        result.put("legacyId", legacyId);
        result.put("action", id == null ? "CREATED" : "UPDATED");
        ctx.status(id == null ? 201 : 200).json(result);
    }

    /** {@code CaseNoteResponse}. */
    static Map<String, Object> nomisWire(NomisCaseNote note) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("caseNoteId", note.caseNoteId());
        wire.put("bookingId", note.bookingId());
        wire.put("caseNoteType", Map.of("code", note.content().type(), "description", note.content().type()));
        wire.put("caseNoteSubType", Map.of("code", note.content().subType(),
                "description", note.content().subType()));
        wire.put("occurrenceDateTime", note.content().occurrence().toString());
        wire.put("authorUsername", note.content().author());
        wire.put("authorStaffId", 1);
        wire.put("authorLastName", note.content().author());
        if (note.prisonId() != null) {
            wire.put("prisonId", note.prisonId());
        }
        wire.put("caseNoteText", note.content().text());
        wire.put("amendments", java.util.List.of());
        wire.put("createdDatetime", note.content().occurrence().toString());
        wire.put("createdUsername", note.content().author());
        wire.put("sourceSystem", "NOMIS");
        if (note.auditModuleName() != null) {
            wire.put("auditModuleName", note.auditModuleName());
        }
        return wire;
    }

    /** {@code CaseNote}. */
    static Map<String, Object> dpsWire(DpsCaseNote note) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("caseNoteId", note.id());
        wire.put("offenderIdentifier", note.personIdentifier());
        wire.put("type", note.content().type());
        wire.put("subType", note.content().subType());
        wire.put("occurrenceDateTime", note.content().occurrence().toString());
        wire.put("authorUsername", note.content().author());
        wire.put("text", note.content().text());
        wire.put("legacyId", note.legacyId());
        wire.put("sensitive", false);
        wire.put("systemGenerated", false);
        wire.put("amendments", java.util.List.of());
        return wire;
    }
}
