package org.prisonsync.simulator.activities;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.activities.inmemory.InMemoryActivitiesNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Params;

/**
 * The activities part of the control API (in {@code simulator-control.yaml}): plant in NOMIS a second row of a
 * booking's program profile on a course activity, or of its attendance on a course schedule, as two racing writers
 * or a hand-made insert would leave it. Every later upsert of that key then fails with NOMIS's 500 "query did not
 * return a unique result". And NOMIS's own changes that leave a DPS update with nothing to do: a prisoner who moved,
 * whose allocations NOMIS ended (a later upsert of a new program profile is refused with "Prisoner is at prison=…"),
 * and a course schedule a later course activity update removed (its update is refused with 404). Never faulted, never
 * behind auth.
 */
final class ActivityControlRoutes {
    private final InMemoryActivitiesNomisApi nomis;

    ActivityControlRoutes(InMemoryActivitiesNomisApi nomis) {
        this.nomis = nomis;
    }

    void register(RoutesConfig routes) {
        routes.post("/simulator/nomis/activities/{courseActivityId}/booking/{bookingId}/allocation/duplicate",
                this::allocation);
        routes.post("/simulator/nomis/schedules/{courseScheduleId}/booking/{bookingId}/attendance/duplicate",
                this::attendance);
        routes.post("/simulator/nomis/bookings/{bookingId}/activities/moved", ctx -> {
            long booking = Params.positiveLong(ctx, "bookingId");
            noBody(ctx);
            nomis.prisonerMoved(booking);
            ctx.status(204);
        });
        routes.delete("/simulator/nomis/course-schedules/{courseScheduleId}", ctx -> {
            long courseSchedule = Params.positiveLong(ctx, "courseScheduleId");
            if (!nomis.deleteCourseSchedule(courseSchedule)) {
                throw ApiError.notFound("NOMIS holds no course schedule " + courseSchedule);
            }
            ctx.status(204);
        });
    }

    private void allocation(Context ctx) {
        long courseActivity = Params.positiveLong(ctx, "courseActivityId");
        long booking = Params.positiveLong(ctx, "bookingId");
        noBody(ctx);
        List<InMemoryActivitiesNomisApi.AllocationRow> rows = nomis.allocationsOf(courseActivity, booking);
        if (rows.isEmpty()) {
            throw ApiError.notFound("NOMIS holds no program profile of booking " + booking + " on course activity "
                    + courseActivity + " to copy");
        }
        ctx.status(201).json(Map.of("offenderProgramReferenceId",
                nomis.insertAllocation(courseActivity, rows.get(0).request()).id()));
    }

    private void attendance(Context ctx) {
        long courseSchedule = Params.positiveLong(ctx, "courseScheduleId");
        long booking = Params.positiveLong(ctx, "bookingId");
        noBody(ctx);
        List<InMemoryActivitiesNomisApi.AttendanceRow> rows = nomis.attendancesOf(courseSchedule, booking);
        if (rows.isEmpty()) {
            throw ApiError.notFound("NOMIS holds no attendance of booking " + booking + " on course schedule "
                    + courseSchedule + " to copy");
        }
        ctx.status(201).json(Map.of("eventId",
                nomis.insertAttendance(courseSchedule, booking, rows.get(0).request()).eventId()));
    }

    private static void noBody(Context ctx) {
        if (!ctx.body().isBlank()) {
            throw ApiError.badRequest("this route takes no body");
        }
    }
}
