package org.prisonsync.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The control API no domain owns ({@code /simulator/faults}, {@code /simulator/stats}, in
 * {@code simulator-control.yaml}): set and read faults on any domain's routes, read every domain's figures. Never
 * faulted and never behind auth, so tests can always set the scene.
 */
final class ControlRoutes {
    private final Faults faults;
    private final EventLog events;
    private final List<SimulatedDomain> domains;
    private final List<String> faultableRoutes;
    private final ObjectMapper mapper;

    ControlRoutes(Faults faults, EventLog events, List<SimulatedDomain> domains, ObjectMapper mapper) {
        this.faults = faults;
        this.events = events;
        this.domains = domains;
        this.faultableRoutes = domains.stream().flatMap(d -> d.faultableRoutes().stream()).toList();
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.get("/simulator/faults", this::getFaults);
        routes.put("/simulator/faults", this::putFaults);
        routes.delete("/simulator/faults", this::deleteFaults);
        routes.get("/simulator/stats", this::stats);
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

    /** The domains' names and figures, then the events published by type and the faults injected by kind. */
    void stats(Context ctx) {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("domains", domains.stream().map(SimulatedDomain::name).toList());
        domains.forEach(domain -> stats.putAll(domain.stats()));
        stats.put("eventsPublished", events.counts());
        stats.put("faultsInjected", faults.injected());
        ctx.json(stats);
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

    private Map<String, Object> faultsView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("rules", faults.rules());
        view.put("duplicatePublishRate", faults.duplicatePublishRate());
        view.put("injected", faults.injected());
        view.put("routes", List.copyOf(faultableRoutes));
        return view;
    }
}
