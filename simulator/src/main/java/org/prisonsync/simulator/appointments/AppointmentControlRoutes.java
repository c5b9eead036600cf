package org.prisonsync.simulator.appointments;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.appointments.AppointmentInstance;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;

/**
 * The appointments part of the control API (in {@code simulator-control.yaml}): seed appointments in DPS (their
 * events follow), plant reconciliation differences and NOMIS duplicates, and a DPS user's cancel, reinstate and
 * delete. Never faulted, never behind auth.
 */
final class AppointmentControlRoutes {
    private final AppointmentsSimulation simulation;
    private final ObjectMapper mapper;

    AppointmentControlRoutes(AppointmentsSimulation simulation, ObjectMapper mapper) {
        this.simulation = simulation;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.post("/simulator/appointments/seed", this::seed);
        routes.post("/simulator/appointments/plant", this::plant);
        routes.post("/simulator/nomis/appointments/duplicate-of/{appointmentInstanceId}", this::duplicate);
        routes.put("/simulator/dps/appointment-instances/{appointmentInstanceId}/cancel",
                ctx -> changed(ctx, simulation.dps().cancel(id(ctx))));
        routes.put("/simulator/dps/appointment-instances/{appointmentInstanceId}/uncancel",
                ctx -> changed(ctx, simulation.dps().uncancel(id(ctx))));
        routes.delete("/simulator/dps/appointment-instances/{appointmentInstanceId}",
                ctx -> changed(ctx, simulation.dps().delete(id(ctx))));
    }

    /** {@code {"prisonCode":"MDI","count":N,"firstInstanceId":F}}: the instances' ids. */
    private void seed(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("prisonCode", "count", "firstInstanceId");
        String prison = body.requiredNonBlank("prisonCode");
        if (!prison.matches("[A-Z0-9]{2,6}")) {
            throw ApiError.badRequest("prisonCode is not a prison code: " + prison);
        }
        int count = body.optionalInt("count").orElseThrow(() -> ApiError.badRequest("count is required"));
        long first = body.optionalLong("firstInstanceId").orElse(1L);
        if (count < 1 || count > 10_000 || first < 1) {
            throw ApiError.badRequest("count is 1 to 10000, firstInstanceId positive");
        }
        ctx.status(201).json(simulation.seed(prison, count, first).stream().map(AppointmentInstance::id).toList());
    }

    /**
     * {@code {"instanceIds":[…], "dpsOnlyInstanceId":D}}: appointments NOMIS holds already; the planted differences
     * by reconciliation key with their verdicts.
     */
    private void plant(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("instanceIds", "dpsOnlyInstanceId");
        List<AppointmentInstance> synced = new ArrayList<>();
        for (long id : body.requiredLongs("instanceIds")) {
            synced.add(simulation.dps().state().findInstance(id)
                    .orElseThrow(() -> ApiError.notFound("Appointment Instance " + id + " not found")));
        }
        long dpsOnly = body.optionalLong("dpsOnlyInstanceId")
                .orElseThrow(() -> ApiError.badRequest("dpsOnlyInstanceId is required"));
        try {
            ctx.status(201).json(simulation.plantDifferences(synced, dpsOnly).verdicts());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private void duplicate(Context ctx) {
        AppointmentInstance instance = simulation.dps().state().findInstance(id(ctx))
                .orElseThrow(() -> ApiError.notFound("Appointment Instance " + id(ctx) + " not found"));
        try {
            ctx.status(201).json(Map.of("eventId", simulation.plantDuplicate(instance)));
        } catch (IllegalStateException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static long id(Context ctx) {
        return Params.positiveLong(ctx, "appointmentInstanceId");
    }

    private static void changed(Context ctx, boolean found) {
        if (!found) {
            throw ApiError.notFound("Appointment Instance " + ctx.pathParam("appointmentInstanceId") + " not found");
        }
        ctx.status(204);
    }
}
