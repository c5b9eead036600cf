package org.prisonsync.simulator.casenotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.casenotes.CaseNoteContent;
import org.prisonsync.core.casenotes.DpsCaseNote;
import org.prisonsync.core.casenotes.NomisCaseNote;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesDpsApi;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;

/**
 * The control API for case notes (in {@code simulator-control.yaml}): book a prisoner in NOMIS, and plant the
 * differences a reconciliation must find — a note written, changed or removed on one side <em>without an event</em>
 * (a lost event, a timed-out create whose answer never came, a write with no audit module); merge two prisoners or
 * move a booking as NOMIS does, raising the prisoner-level event. Never faulted, never behind auth.
 */
final class CaseNoteControlRoutes {
    private final InMemoryCaseNotesNomisApi nomis;
    private final InMemoryCaseNotesDpsApi dps;
    private final CaseNoteEventPublisher events;
    private final ObjectMapper mapper;

    CaseNoteControlRoutes(InMemoryCaseNotesNomisApi nomis, InMemoryCaseNotesDpsApi dps,
                          CaseNoteEventPublisher events, ObjectMapper mapper) {
        this.nomis = nomis;
        this.dps = dps;
        this.events = events;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.post("/simulator/casenotes/nomis/prisoners/{offenderNo}/bookings", this::book);
        routes.post("/simulator/casenotes/nomis/prisoners/{offenderNo}/merge", this::merge);
        routes.post("/simulator/casenotes/nomis/bookings/{bookingId}/move", this::moveBooking);
        routes.post("/simulator/casenotes/nomis/prisoners/{offenderNo}/planted", this::plantNomis);
        routes.put("/simulator/casenotes/nomis/casenotes/{caseNoteId}/planted", this::changeNomis);
        routes.delete("/simulator/casenotes/nomis/casenotes/{caseNoteId}/planted", this::deleteNomis);
        routes.post("/simulator/casenotes/dps/prisoners/{offenderNo}/planted", this::plantDps);
        routes.put("/simulator/casenotes/dps/casenotes/{id}/planted", this::changeDps);
        routes.delete("/simulator/casenotes/dps/casenotes/{id}/planted", this::deleteDps);
    }

    /** A new latest booking, which takes the prisoner's new notes; 201 {@code {"bookingId":…}}. */
    private void book(Context ctx) {
        long booking = nomis.newBooking(Params.prisonerNumber(ctx, "offenderNo"));
        ctx.status(201).json(Map.of("bookingId", booking));
    }

    /**
     * {@code {"removedOffenderNo"}} merged into the path's prisoner, as NOMIS merges case notes (the removed
     * prisoner's bookings become the retained one's, and the notes of the removed prisoner's latest booking are
     * copied onto the retained prisoner's latest booking), then {@code prisoner.merged} is raised. 200 with the
     * event's fields and the copies' ids; 404 when the retained prisoner has no booking to copy onto.
     */
    private void merge(Context ctx) {
        String retained = Params.prisonerNumber(ctx, "offenderNo");
        String removed = JsonBody.parse(ctx.body(), mapper).allowOnly("removedOffenderNo")
                .requiredNonBlank("removedOffenderNo");
        if (removed.equals(retained) || !Params.isPrisonerNumber(removed)) {
            throw ApiError.badRequest("removedOffenderNo must be another prisoner number");
        }
        long booking = nomis.latestBooking(retained)
                .orElseThrow(() -> ApiError.notFound("Prisoner " + retained + " has no booking"));
        List<Long> copies = nomis.merge(retained, removed).stream().map(NomisCaseNote::caseNoteId).toList();
        events.prisonerMerged(retained, removed, booking);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nomsNumber", retained);
        body.put("removedNomsNumber", removed);
        body.put("bookingId", booking);
        body.put("copiedCaseNoteIds", copies);
        ctx.json(body);
    }

    /** {@code {"toOffenderNo"}}: NOMIS moves the booking with its notes; {@code prisoner.booking.moved} follows. */
    private void moveBooking(Context ctx) {
        long booking = Params.positiveLong(ctx, "bookingId");
        String to = JsonBody.parse(ctx.body(), mapper).allowOnly("toOffenderNo").requiredNonBlank("toOffenderNo");
        if (!Params.isPrisonerNumber(to)) {
            throw ApiError.badRequest("toOffenderNo must be a prisoner number");
        }
        String from;
        try {
            from = nomis.moveBooking(booking, to);
        } catch (IllegalArgumentException e) {
            throw ApiError.notFound("Booking " + booking + " not found");
        }
        if (!from.equals(to)) {
            events.bookingMoved(from, to, booking);
        }
        ctx.json(Map.of("movedFromNomsNumber", from, "movedToNomsNumber", to, "bookingId", booking));
    }

    /** {@code {type, subType, occurrenceDateTime, text, authorUsername, auditModuleName?}}: 201 with the note. */
    private void plantNomis(Context ctx) {
        String offenderNo = Params.prisonerNumber(ctx, "offenderNo");
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("type", "subType", "occurrenceDateTime", "text",
                "authorUsername", "auditModuleName");
        String module = body.optionalText("auditModuleName").orElse(null);
        if (module != null && module.isBlank()) {
            throw ApiError.badRequest("auditModuleName is left out for none, not blank");
        }
        NomisCaseNote note;
        try {
            note = nomis.plant(offenderNo, content(body), module);
        } catch (UpstreamRejected e) {
            throw ApiError.notFound(e.getMessage());
        }
        ctx.status(201).json(CaseNoteRoutes.nomisWire(note));
    }

    private void changeNomis(Context ctx) {
        long id = Params.positiveLong(ctx, "caseNoteId");
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("type", "subType", "occurrenceDateTime", "text",
                "authorUsername");
        if (!nomis.plantChange(id, content(body))) {
            throw ApiError.notFound("Case note " + id + " not found");
        }
        ctx.status(204);
    }

    private void deleteNomis(Context ctx) {
        long id = Params.positiveLong(ctx, "caseNoteId");
        if (!nomis.plantDelete(id)) {
            throw ApiError.notFound("Case note " + id + " not found");
        }
        ctx.status(204);
    }

    /** {@code {type, subType, occurrenceDateTime, text, authorUsername, legacyId?}}: 201 with the note. */
    private void plantDps(Context ctx) {
        String offenderNo = Params.prisonerNumber(ctx, "offenderNo");
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("type", "subType", "occurrenceDateTime", "text",
                "authorUsername", "legacyId");
        long legacyId = body.optionalLong("legacyId").orElse(0L);
        if (legacyId < 0) {
            throw ApiError.badRequest("legacyId is a NOMIS case note id, or 0 (left out) for a note written in DPS");
        }
        DpsCaseNote note = dps.plant(offenderNo, content(body), legacyId);
        ctx.status(201).json(CaseNoteRoutes.dpsWire(note));
    }

    private void changeDps(Context ctx) {
        String id = ctx.pathParam("id");
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("type", "subType", "occurrenceDateTime", "text",
                "authorUsername");
        if (!dps.plantChange(id, content(body))) {
            throw ApiError.notFound("Case note " + id + " not found");
        }
        ctx.status(204);
    }

    private void deleteDps(Context ctx) {
        String id = ctx.pathParam("id");
        if (!dps.plantDelete(id)) {
            throw ApiError.notFound("Case note " + id + " not found");
        }
        ctx.status(204);
    }

    private static CaseNoteContent content(JsonBody body) {
        return new CaseNoteContent(body.requiredNonBlank("type"), body.requiredNonBlank("subType"),
                body.requiredDateTime("occurrenceDateTime"), body.requiredText("text"),
                body.requiredNonBlank("authorUsername"));
    }
}
