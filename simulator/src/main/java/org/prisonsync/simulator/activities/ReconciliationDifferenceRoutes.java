package org.prisonsync.simulator.activities;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;

/**
 * The control API's way to {@link ReconciliationDifferences}, so the activities reconciliations can be tried from a
 * shell as the tests try them: set up each prison's schedules, allocations and attendances in DPS (with their events;
 * let prison-sync sync them), then diverge the two sides and read back what was planted. One plan per simulator run:
 * a second set-up, a diverge without one (or twice), or before the schedules reached NOMIS, is a 409.
 */
final class ReconciliationDifferenceRoutes {
    private static final Pattern PRISON = Pattern.compile("[A-Z]{3}");
    private static final int MOST_PRISONS = 10;

    private final Supplier<ActivitiesSimulation> simulation;
    private final ObjectMapper mapper;
    private final Clock clock;
    private ReconciliationDifferences plan;
    private boolean diverged;

    ReconciliationDifferenceRoutes(Supplier<ActivitiesSimulation> simulation, ObjectMapper mapper, Clock clock) {
        this.simulation = simulation;
        this.mapper = mapper;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.post("/simulator/activities/reconciliation-differences", this::setUp);
        routes.post("/simulator/activities/reconciliation-differences/diverge", this::diverge);
    }

    /** {@code {"prisons":["MDI","LEI"],"day":"2026-12-07"}}: 204 once DPS holds each prison's activities. */
    private void setUp(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("prisons", "day");
        List<String> prisons = body.requiredTexts("prisons");
        if (prisons.isEmpty() || prisons.size() > MOST_PRISONS) {
            throw ApiError.badRequest("prisons holds 1 to " + MOST_PRISONS + " prison codes");
        }
        if (!prisons.stream().allMatch(p -> PRISON.matcher(p).matches())) {
            throw ApiError.badRequest("each prison is three capital letters, as MDI");
        }
        if (new HashSet<>(prisons).size() != prisons.size()) {
            throw ApiError.badRequest("prisons are named once each");
        }
        LocalDate day = body.requiredDate("day");
        // prison-sync maps a schedule's sessions from today on: an earlier session would never be mapped
        if (day.isBefore(LocalDate.now(clock))) {
            throw ApiError.badRequest("day is today or later");
        }
        synchronized (this) {
            if (plan != null) {
                String why = "the reconciliation differences are already set up in this simulator run";
                throw ApiError.conflict("Conflict: " + why, why, null);
            }
            plan = new ReconciliationDifferences(simulation.get(), prisons, day);
            plan.setUp();
        }
        ctx.status(204);
    }

    /** No body: one side changed without an event in each prison; 200 with what was planted. */
    private void diverge(Context ctx) {
        if (!ctx.body().isBlank()) {
            throw ApiError.badRequest("this route takes no body");
        }
        List<ReconciliationDifferences.Planted> planted;
        synchronized (this) {
            if (plan == null || diverged || !plan.synced()) {
                String why = plan == null ? "set the differences up first" : diverged
                        ? "the differences are already planted"
                        : "the set-up's schedules have not all reached NOMIS yet: let prison-sync sync them, then retry";
                throw ApiError.conflict("Conflict: " + why, why, null);
            }
            diverged = true;
            planted = plan.diverge();
        }
        ctx.json(planted);
    }
}
