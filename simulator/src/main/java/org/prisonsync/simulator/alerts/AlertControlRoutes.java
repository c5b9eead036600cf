package org.prisonsync.simulator.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.DpsAlertRequest;
import org.prisonsync.core.alerts.NomisAlert;
import org.prisonsync.core.alerts.NomisAlertId;
import org.prisonsync.core.alerts.NomisAlertRequest;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.Simulator;

/**
 * The control API for alerts ({@code /simulator/dps/...alerts}, {@code /simulator/nomis/...}, in
 * {@code simulator-control.yaml}): alert changes made by a DPS user or a prison officer on the NOMIS screen, and
 * listings. Never faulted, never behind auth.
 */
final class AlertControlRoutes {
    private static final int MAX_GENERATED = 500_000;
    /** G0000AA to G9999ZZ. */
    private static final int MAX_PRISONERS = 10_000 * 26 * 26;
    private final InMemoryAlertsNomisApi nomis;
    private final InMemoryAlertsDpsApi dps;
    private final InMemoryActivePrisoners active;
    private final ObjectMapper mapper;
    private int generated;

    AlertControlRoutes(InMemoryAlertsNomisApi nomis, InMemoryAlertsDpsApi dps, InMemoryActivePrisoners active, ObjectMapper mapper) {
        this.nomis = nomis;
        this.dps = dps;
        this.active = active;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.get("/simulator/dps/alerts", this::listDps);
        routes.post("/simulator/dps/prisoners/{offenderNo}/alerts", this::createDps);
        routes.post("/simulator/dps/alerts/generate", this::generateDps);
        routes.put("/simulator/dps/alerts/{alertUuid}", this::updateDps);
        routes.delete("/simulator/dps/alerts/{alertUuid}", this::deleteDps);
        routes.get("/simulator/nomis/prisoners/{offenderNo}/alerts", this::listNomis);
        routes.post("/simulator/nomis/prisoners/{offenderNo}/alerts", this::createNomis);
        routes.put("/simulator/nomis/alerts/{bookingId}/{alertSequence}", this::updateNomis);
        routes.delete("/simulator/nomis/alerts/{bookingId}/{alertSequence}", this::deleteNomis);
    }

    // ---- DPS users ----

    void listDps(Context ctx) {
        String prisonNumber = ctx.queryParam("prisonNumber");
        List<DpsAlert> alerts = prisonNumber == null || prisonNumber.isBlank() ? dps.all()
                : dps.alertsOf(prisonNumber.trim());
        ctx.json(alerts.stream().map(AlertWire::dpsAlert).toList());
    }

    /** A DPS user's create: no duplicate check (a double submit races past the real one); event source DPS. */
    void createDps(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        DpsAlert created = dps.createByDpsUser(ctx.pathParam("offenderNo"), dpsRequest(body, null),
                body.optionalText("username").orElse(Params.DEFAULT_OFFICER));
        ctx.status(201).json(AlertWire.dpsAlert(created));
    }

    /**
     * {@code count} new prisoners, each with a NOMIS booking and one active DPS alert created as a DPS user would
     * (each publishes {@code person.alert.created}); answers each alert's uuid and prisoner. Prisoner numbers run
     * {@code G0000AA}, {@code G0001AA}, … on from the last generated, so repeated calls never share a prisoner.
     */
    void generateDps(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("count", "alertCode");
        int count = body.optionalInt("count").orElseThrow(() -> ApiError.badRequest("count is required"));
        if (count < 1 || count > MAX_GENERATED) {
            throw ApiError.badRequest("count must be between 1 and " + MAX_GENERATED);
        }
        String code = body.optionalText("alertCode").orElse("XA");
        if (!code.matches("[A-Z0-9]{1,12}")) {
            throw ApiError.badRequest("alertCode must be 1 to 12 capital letters or digits");
        }
        int first;
        synchronized (this) {
            if (generated + count > MAX_PRISONERS) {
                throw ApiError.badRequest("at most " + MAX_PRISONERS + " prisoners can be generated");
            }
            first = generated;
            generated += count;
        }
        LocalDate today = LocalDate.now(Simulator.NOMIS_ZONE);
        List<Map<String, String>> created = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            String prisoner = String.format(Locale.ROOT, "G%04d%c%c", i % 10_000, (char) ('A' + i / 10_000 / 26),
                    (char) ('A' + i / 10_000 % 26));
            nomis.newBooking(prisoner, false);
            DpsAlert alert = dps.createByDpsUser(prisoner,
                    new DpsAlertRequest(code, "generated", null, today, null), Params.DEFAULT_OFFICER);
            created.add(Map.of("alertUuid", alert.alertUuid(), "prisonNumber", prisoner));
        }
        ctx.status(201).json(created);
    }

    void updateDps(Context ctx) {
        String uuid = ctx.pathParam("alertUuid");
        DpsAlert current = dps.findAlert(uuid).orElseThrow(() -> ApiError.notFound("Alert " + uuid + " not found"));
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        if (!dps.updateByDpsUser(uuid, dpsRequest(body, current),
                body.optionalText("username").orElse(Params.DEFAULT_OFFICER))) {
            throw ApiError.notFound("Alert " + uuid + " not found");
        }
        ctx.json(AlertWire.dpsAlert(dps.findAlert(uuid).orElseThrow()));
    }

    void deleteDps(Context ctx) {
        String uuid = ctx.pathParam("alertUuid");
        if (!dps.deleteByDpsUser(uuid)) {
            throw ApiError.notFound("Alert " + uuid + " not found");
        }
        ctx.status(204);
    }

    /** Fields absent from an update keep the alert's current values. */
    private static DpsAlertRequest dpsRequest(JsonBody body, DpsAlert current) {
        String code = current != null ? current.alertCode() : body.requiredNonBlank("alertCode");
        LocalDate today = LocalDate.now(Simulator.NOMIS_ZONE);
        return new DpsAlertRequest(code,
                body.optionalText("description").orElse(current == null ? null : current.description()),
                body.optionalText("authorisedBy").orElse(current == null ? null : current.authorisedBy()),
                body.optionalDate("activeFrom").orElse(current == null ? today : current.activeFrom()),
                body.optionalDate("activeTo").orElse(current == null ? null : current.activeTo()));
    }

    // ---- prison officers on the NOMIS alerts screen ----

    /** The prisoner's bookings (current first) and every alert on its current booking. */
    void listNomis(Context ctx) {
        String offenderNo = Params.prisonerNumber(ctx, "offenderNo");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offenderNo", offenderNo);
        body.put("bookings", nomis.bookings(offenderNo));
        body.put("active", active.page(0, Integer.MAX_VALUE).prisonerNumbers().contains(offenderNo));
        body.put("currentBookingAlerts",
                nomis.currentBookingAlerts(offenderNo).stream().map(AlertWire::nomisAlert).toList());
        ctx.json(body);
    }

    /** A create on the NOMIS screen (no duplicate check); 404 when the prisoner has no booking. */
    void createNomis(Context ctx) {
        String offenderNo = Params.prisonerNumber(ctx, "offenderNo");
        NomisAlertRequest request = nomisRequest(JsonBody.parse(ctx.body(), mapper), null);
        try {
            NomisAlertId id = nomis.createByNomisUser(offenderNo, request);
            ctx.status(201).json(AlertWire.nomisAlert(nomis.findAlert(id).orElseThrow()));
        } catch (UpstreamRejected e) {
            throw NomisAlertRoutes.asApiError(e);
        }
    }

    void updateNomis(Context ctx) {
        NomisAlertId id = NomisAlertRoutes.alertId(ctx);
        NomisAlert current = nomis.findAlert(id).orElseThrow(() -> ApiError.notFound("Alert " + id + " not found"));
        if (!nomis.updateByNomisUser(id, nomisRequest(JsonBody.parse(ctx.body(), mapper), current))) {
            throw ApiError.notFound("Alert " + id + " not found");
        }
        ctx.json(AlertWire.nomisAlert(nomis.findAlert(id).orElseThrow()));
    }

    void deleteNomis(Context ctx) {
        NomisAlertId id = NomisAlertRoutes.alertId(ctx);
        if (!nomis.deleteByNomisUser(id)) {
            throw ApiError.notFound("Alert " + id + " not found");
        }
        ctx.status(204);
    }

    private static NomisAlertRequest nomisRequest(JsonBody body, NomisAlert current) {
        String code = current != null ? current.alertCode() : body.requiredNonBlank("alertCode");
        LocalDate today = LocalDate.now(Simulator.NOMIS_ZONE);
        return new NomisAlertRequest(code,
                body.optionalDate("date").orElse(current == null ? today : current.date()),
                body.optionalDate("expiryDate").orElse(current == null ? null : current.expiryDate()),
                body.optionalBoolean("isActive").orElse(current == null || current.active()),
                body.optionalText("comment").orElse(current == null ? null : current.comment()),
                body.optionalText("authorisedBy").orElse(current == null ? null : current.authorisedBy()),
                body.optionalText("username").orElse(Params.DEFAULT_OFFICER));
    }

}
