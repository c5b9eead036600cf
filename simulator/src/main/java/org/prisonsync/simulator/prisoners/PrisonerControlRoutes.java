package org.prisonsync.simulator.prisoners;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;

/**
 * The prisoner-level changes of ADR004 made in NOMIS ({@code /simulator/nomis/prisoners/...}, in
 * {@code simulator-control.yaml}): new booking, switch back to a booking, merge, booking move, each with the domain
 * event NOMIS raises. Never faulted, never behind auth.
 */
final class PrisonerControlRoutes {
    static final String NEW_ADMISSION = "NEW_ADMISSION";
    static final String READMISSION_SWITCH_BOOKING = "READMISSION_SWITCH_BOOKING";

    private final InMemoryAlertsNomisApi nomis;
    private final InMemoryActivePrisoners active;
    private final PrisonerEvents events;
    private final ObjectMapper mapper;

    PrisonerControlRoutes(InMemoryAlertsNomisApi nomis, InMemoryActivePrisoners active, PrisonerEvents events,
                          ObjectMapper mapper) {
        this.nomis = nomis;
        this.active = active;
        this.events = events;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.post("/simulator/nomis/prisoners/{offenderNo}/bookings", this::newBooking);
        routes.post("/simulator/nomis/prisoners/{offenderNo}/bookings/{bookingId}/switch", this::switchBooking);
        routes.post("/simulator/nomis/prisoners/{offenderNo}/bookings/{bookingId}/move", this::moveBooking);
        routes.post("/simulator/nomis/prisoners/{offenderNo}/merge", this::merge);
    }

    /**
     * Admits the prisoner on a new booking, copying the previous booking's active alerts unless
     * {@code copyActiveAlerts} is false; the prisoner becomes active and {@code prisoner.received} (NEW_ADMISSION)
     * is published.
     */
    void newBooking(Context ctx) {
        String offenderNo = Params.prisonerNumber(ctx, "offenderNo");
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        long booking = nomis.newBooking(offenderNo, body.optionalBoolean("copyActiveAlerts").orElse(true));
        active.add(offenderNo);
        events.prisonerReceived(offenderNo, body.optionalText("reason").orElse(NEW_ADMISSION));
        ctx.status(201).json(Map.of("offenderNo", offenderNo, "bookingId", booking));
    }

    /** An earlier booking becomes current again (NOMIS copies nothing); {@code prisoner.received} follows. */
    void switchBooking(Context ctx) {
        String offenderNo = Params.prisonerNumber(ctx, "offenderNo");
        long booking = bookingId(ctx);
        nomis.switchToBooking(offenderNo, booking); // IllegalArgumentException: 400
        active.add(offenderNo);
        events.prisonerReceived(offenderNo, READMISSION_SWITCH_BOOKING);
        ctx.json(Map.of("offenderNo", offenderNo, "bookingId", booking));
    }

    /** Moves one of the prisoner's bookings to {@code toOffenderNo}; {@code prisoner.booking.moved} follows. */
    void moveBooking(Context ctx) {
        String from = Params.prisonerNumber(ctx, "offenderNo");
        long booking = bookingId(ctx);
        String to = JsonBody.parse(ctx.body(), mapper).requiredNonBlank("toOffenderNo");
        if (!Params.isPrisonerNumber(to)) {
            throw ApiError.badRequest("toOffenderNo '" + to + "' does not match [A-Z]\\d{4}[A-Z]{2}");
        }
        if (!nomis.bookings(from).contains(booking)) {
            throw ApiError.notFound(from + " has no booking " + booking);
        }
        nomis.moveBooking(booking, to);
        events.bookingMoved(from, to, booking);
        ctx.json(Map.of("movedFromNomsNumber", from, "movedToNomsNumber", to, "bookingId", booking));
    }

    /**
     * Merges {@code removedOffenderNo} into the path's prisoner (retained); the removed prisoner stops being active
     * and {@code prisoner.merged} follows.
     */
    void merge(Context ctx) {
        String retained = Params.prisonerNumber(ctx, "offenderNo");
        String removed = JsonBody.parse(ctx.body(), mapper).requiredNonBlank("removedOffenderNo");
        if (removed.equals(retained) || !Params.isPrisonerNumber(removed)) {
            throw ApiError.badRequest("removedOffenderNo must be another prisoner number");
        }
        nomis.merge(retained, removed);
        active.remove(removed);
        Long current = nomis.currentBooking(retained).orElse(null);
        events.prisonerMerged(retained, removed, current);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nomsNumber", retained);
        body.put("removedNomsNumber", removed);
        body.put("bookingId", current);
        ctx.json(body);
    }

    private static long bookingId(Context ctx) {
        return Params.positiveLong(ctx, "bookingId");
    }
}
