package org.prisonsync.simulator.visits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.NomisVisitCreated;
import org.prisonsync.core.visits.NomisVisitRequest;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;

/**
 * The visits part of the control API ({@code /simulator/dps/visits}, {@code /simulator/nomis/visits},
 * {@code /simulator/traffic}, described in {@code simulator-control.yaml}): act as a DPS user or a prison officer,
 * inspect both systems and drive the demo traffic. Never faulted and never behind auth.
 */
final class VisitControlRoutes {
    static final String DEFAULT_OFFICER = Params.DEFAULT_OFFICER;
    static final int MAX_GENERATED = 500_000;

    private final VisitsSettings settings;
    private final InMemoryVisitsNomisApi nomis;
    private final InMemoryVisitsDpsApi dps;
    private final VisitTraffic traffic;
    private final DpsVisitFactory factory;
    private final ObjectMapper mapper;

    VisitControlRoutes(VisitsSettings settings, InMemoryVisitsNomisApi nomis, InMemoryVisitsDpsApi dps,
                       VisitTraffic traffic, DpsVisitFactory factory, ObjectMapper mapper) {
        this.settings = settings;
        this.nomis = nomis;
        this.dps = dps;
        this.traffic = traffic;
        this.factory = factory;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.post("/simulator/dps/visits", this::bookDpsVisit);
        routes.get("/simulator/dps/visits", this::listDpsVisits);
        routes.post("/simulator/dps/visits/generate", this::generateDpsVisits);
        routes.put("/simulator/dps/visits/{reference}", this::changeDpsVisit);
        routes.post("/simulator/dps/visits/{reference}/cancel", this::cancelDpsVisit);
        routes.get("/simulator/nomis/visits", this::listNomisVisits);
        routes.post("/simulator/nomis/prisoners/{offenderNo}/visits", this::bookNomisVisit);
        routes.post("/simulator/nomis/visits/{visitId}/cancel", this::cancelNomisVisit);
        routes.post("/simulator/traffic/start", this::startTraffic);
        routes.post("/simulator/traffic/stop", this::stopTraffic);
    }

    void bookDpsVisit(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        LocalDateTime start = body.optionalDateTime("startTimestamp").orElseGet(factory::defaultStart);
        DpsVisit visit = new DpsVisit(
                factory.nextReference(reference -> dps.findVisit(reference).isPresent()),
                body.optionalText("prisonerId").orElseGet(factory::nextPrisonerNumber),
                body.optionalText("prisonId").orElse(settings.prisonId()),
                body.optionalText("visitRoom").orElse(DpsVisitFactory.ROOMS.get(0)),
                body.optionalText("visitType").orElse("SOCIAL"),
                "BOOKED",
                null,
                body.optionalText("visitRestriction").orElse("OPEN"),
                start,
                body.optionalDateTime("endTimestamp").orElse(start.plusHours(1)),
                body.optionalLongs("visitorPersonIds").orElse(settings.visitors()),
                body.optionalText("visitComment").orElse(null));
        ctx.status(201).json(dps.book(visit));
    }

    /**
     * Books {@code count} made-up visits as DPS users would (each publishes {@code prison-visit.booked}); answers
     * each visit's reference and prisoner. The sync benchmark seeds DPS this way and publishes the events itself.
     */
    void generateDpsVisits(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("count");
        int count = body.optionalInt("count").orElseThrow(() -> ApiError.badRequest("count is required"));
        if (count < 1 || count > MAX_GENERATED) {
            throw ApiError.badRequest("count must be between 1 and " + MAX_GENERATED);
        }
        List<Map<String, String>> booked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DpsVisit visit = dps.book(factory.nextVisit(reference -> dps.findVisit(reference).isPresent()));
            booked.add(Map.of("reference", visit.reference(), "prisonerId", visit.prisonerId()));
        }
        ctx.status(201).json(booked);
    }

    void changeDpsVisit(Context ctx) {
        DpsVisit current = dpsVisit(ctx.pathParam("reference"));
        if (current.cancelled()) {
            throw ApiError.conflict("Visit is cancelled", "Visit " + current.reference() + " is cancelled", null);
        }
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        LocalDateTime start = body.optionalDateTime("startTimestamp").orElse(current.startTimestamp());
        LocalDateTime end = body.optionalDateTime("endTimestamp")
                .orElse(start.plus(Duration.between(current.startTimestamp(), current.endTimestamp())));
        DpsVisit changed = new DpsVisit(current.reference(), current.prisonerId(), current.prisonId(),
                body.optionalText("visitRoom").orElse(current.visitRoom()), current.visitType(),
                current.visitStatus(), current.outcomeStatus(),
                body.optionalText("visitRestriction").orElse(current.visitRestriction()), start, end,
                body.optionalLongs("visitorPersonIds").orElse(current.visitorPersonIds()),
                body.optionalText("visitComment").orElse(current.visitComment()));
        ctx.json(dps.change(changed));
    }

    void cancelDpsVisit(Context ctx) {
        String reference = ctx.pathParam("reference");
        String outcome = JsonBody.parse(ctx.body(), mapper).optionalText("outcomeStatus").orElse("VISITOR_CANCELLED");
        Cancellations.require(dps.cancel(reference, outcome), "Visit " + reference,
                "Visit " + reference + " not found");
        ctx.json(dpsVisit(reference));
    }

    void listDpsVisits(Context ctx) {
        ctx.json(dps.all());
    }

    void listNomisVisits(Context ctx) {
        String offenderNo = ctx.queryParam("offenderNo");
        ctx.json(offenderNo == null || offenderNo.isBlank() ? nomis.all() : nomis.visitsOf(offenderNo));
    }

    void bookNomisVisit(Context ctx) {
        String offenderNo = ctx.pathParam("offenderNo");
        if (!Params.isPrisonerNumber(offenderNo)) {
            throw ApiError.badRequest("offenderNo '" + offenderNo + "' does not match [A-Z]\\d{4}[A-Z]{2}");
        }
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        LocalDateTime start = body.optionalDateTime("startDateTime").orElseGet(factory::defaultStart);
        String endTime = body.has("endTime") ? body.requiredTime("endTime") : start.toLocalTime().plusHours(1)
                .toString();
        NomisVisitRequest request = new NomisVisitRequest(start, endTime,
                body.optionalText("prisonId").orElse(settings.prisonId()),
                body.optionalLongs("visitorPersonIds").orElse(settings.visitors()),
                body.optionalText("visitType").orElse("SCON"),
                start.toLocalDate().minusDays(7),
                body.optionalText("visitComment").orElse(null),
                null,
                body.optionalText("room").orElse(DpsVisitFactory.ROOMS.get(0)),
                body.optionalText("openClosedStatus").orElse("OPEN"));
        NomisVisitCreated created = nomis.createByNomisUser(offenderNo, request,
                body.optionalText("user").orElse(DEFAULT_OFFICER));
        ctx.status(201).json(Map.of("visitId", created.visitId()));
    }

    void cancelNomisVisit(Context ctx) {
        long visitId;
        try {
            visitId = Long.parseLong(ctx.pathParam("visitId"));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("visitId must be a number");
        }
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        CancelResult result = nomis.cancelByNomisUser(visitId, body.optionalText("outcome").orElse("VISCANC"),
                body.optionalText("user").orElse(DEFAULT_OFFICER));
        Cancellations.require(result, "Visit " + visitId, "Visit " + visitId + " not found");
        ctx.json(nomis.findVisit(visitId).orElseThrow());
    }





    void startTraffic(Context ctx) {
        long intervalMs = JsonBody.parse(ctx.body(), mapper).optionalLong("intervalMs").orElse(1000L);
        if (intervalMs < 10) {
            throw ApiError.badRequest("intervalMs must be at least 10");
        }
        traffic.start(Duration.ofMillis(intervalMs));
        ctx.json(trafficView());
    }

    void stopTraffic(Context ctx) {
        traffic.stop();
        ctx.json(trafficView());
    }


    private Map<String, Object> trafficView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("running", traffic.running());
        Duration interval = traffic.interval();
        view.put("intervalMs", interval == null ? null : interval.toMillis());
        return view;
    }


    private DpsVisit dpsVisit(String reference) {
        return dps.findVisit(reference).orElseThrow(() -> ApiError.notFound("Visit " + reference + " not found"));
    }
}
