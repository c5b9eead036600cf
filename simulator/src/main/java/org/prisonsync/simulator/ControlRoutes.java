package org.prisonsync.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.NomisVisitCreated;
import org.prisonsync.core.visits.NomisVisitRequest;

/**
 * The simulator's own API ({@code /simulator/...}, described in {@code simulator-control.yaml}): act as a DPS user
 * or a prison officer, inspect both systems, set faults, read statistics and drive the demo traffic. Never faulted
 * and never behind auth, so tests can always set the scene.
 */
final class ControlRoutes {
    static final String DEFAULT_OFFICER = "SIM_OFFICER";

    private final SimulatorSettings settings;
    private final InMemoryVisitsNomisApi nomis;
    private final InMemoryVisitsDpsApi dps;
    private final Faults faults;
    private final VisitTraffic traffic;
    private final EventLog events;
    private final DpsVisitFactory factory;
    private final ObjectMapper mapper;
    private final List<String> faultableRoutes;

    ControlRoutes(SimulatorSettings settings, InMemoryVisitsNomisApi nomis, InMemoryVisitsDpsApi dps, Faults faults,
                  VisitTraffic traffic, EventLog events, DpsVisitFactory factory, ObjectMapper mapper,
                  List<String> faultableRoutes) {
        this.settings = settings;
        this.nomis = nomis;
        this.dps = dps;
        this.faults = faults;
        this.traffic = traffic;
        this.events = events;
        this.factory = factory;
        this.mapper = mapper;
        this.faultableRoutes = faultableRoutes;
    }

    void bookDpsVisit(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        LocalDateTime start = body.optionalDateTime("startTimestamp").orElseGet(factory::defaultStart);
        DpsVisit visit = new DpsVisit(
                factory.nextReference(reference -> dps.findVisit(reference).isPresent()),
                body.optionalText("prisonerId").orElseGet(factory::nextPrisonerNumber),
                body.optionalText("prisonId").orElse(settings.mockVisitsPrisonId()),
                body.optionalText("visitRoom").orElse(DpsVisitFactory.ROOMS.get(0)),
                body.optionalText("visitType").orElse("SOCIAL"),
                "BOOKED",
                null,
                body.optionalText("visitRestriction").orElse("OPEN"),
                start,
                body.optionalDateTime("endTimestamp").orElse(start.plusHours(1)),
                body.optionalLongs("visitorPersonIds").orElse(settings.mockVisitsVisitors()),
                body.optionalText("visitComment").orElse(null));
        ctx.status(201).json(dps.book(visit));
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
        requireCancelled(dps.cancel(reference, outcome), "Visit " + reference);
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
        if (!NomisRoutes.isOffenderNo(offenderNo)) {
            throw ApiError.badRequest("offenderNo '" + offenderNo + "' does not match [A-Z]\\d{4}[A-Z]{2}");
        }
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        LocalDateTime start = body.optionalDateTime("startDateTime").orElseGet(factory::defaultStart);
        String endTime = body.has("endTime") ? body.requiredTime("endTime") : start.toLocalTime().plusHours(1)
                .toString();
        NomisVisitRequest request = new NomisVisitRequest(start, endTime,
                body.optionalText("prisonId").orElse(settings.mockVisitsPrisonId()),
                body.optionalLongs("visitorPersonIds").orElse(settings.mockVisitsVisitors()),
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
        requireCancelled(result, "Visit " + visitId);
        ctx.json(nomis.findVisit(visitId).orElseThrow());
    }

    void getFaults(Context ctx) {
        ctx.json(faultsView());
    }

    void putFaults(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        boolean any = false;
        if (body.has("duplicatePublishRate")) {
            faults.setDuplicatePublishRate(body.optionalDouble("duplicatePublishRate").orElseThrow());
            any = true;
        }
        if (body.has("route")) {
            String route = body.requiredText("route");
            if (!faultableRoutes.contains(route)) {
                throw ApiError.badRequest("unknown route '" + route + "'; faultable routes are " + faultableRoutes);
            }
            faults.set(route, faultRule(body.requiredObject("rule")));
            any = true;
        }
        if (!any) {
            throw ApiError.badRequest("give {route, rule} or {duplicatePublishRate}");
        }
        ctx.json(faultsView());
    }

    void deleteFaults(Context ctx) {
        faults.clear();
        ctx.status(204);
    }

    void stats(Context ctx) {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("nomisVisits", nomis.size());
        stats.put("dpsVisits", dps.all().size());
        stats.put("eventsPublished", events.counts());
        stats.put("faultsInjected", faults.injected());
        stats.put("trafficRunning", traffic.running());
        ctx.json(stats);
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

    private Faults.FaultRule faultRule(JsonBody rule) {
        try {
            return mapper.treeToValue(rule.node(), Faults.FaultRule.class);
        } catch (JsonProcessingException e) {
            // A rule the FaultRule constructor refuses arrives wrapped; its own message says what is wrong.
            String reason = e.getCause() instanceof IllegalArgumentException invalid ? invalid.getMessage()
                    : e.getOriginalMessage();
            throw ApiError.badRequest("rule is invalid: " + reason);
        }
    }

    private Map<String, Object> trafficView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("running", traffic.running());
        Duration interval = traffic.interval();
        view.put("intervalMs", interval == null ? null : interval.toMillis());
        return view;
    }

    private Map<String, Object> faultsView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("rules", faults.rules());
        view.put("duplicatePublishRate", faults.duplicatePublishRate());
        view.put("injected", faults.injected());
        view.put("routes", List.copyOf(faultableRoutes));
        return view;
    }

    private DpsVisit dpsVisit(String reference) {
        return dps.findVisit(reference).orElseThrow(() -> ApiError.notFound("Visit " + reference + " not found"));
    }

    private static void requireCancelled(CancelResult result, String what) {
        if (result == CancelResult.NOT_FOUND) {
            throw ApiError.notFound(what + " not found");
        }
        if (result == CancelResult.ALREADY_CANCELLED) {
            throw ApiError.conflict("Visit already cancelled", what + " is already cancelled", null);
        }
    }
}
