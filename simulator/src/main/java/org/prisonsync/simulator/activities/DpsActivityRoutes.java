package org.prisonsync.simulator.activities;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.prisonsync.core.activities.ActivitySchedule;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;

/** The activities API's reads prison-sync calls, at their real paths, as a table over {@link DpsActivities}. */
final class DpsActivityRoutes {
    private record ScheduleKey(long id, LocalDate earliestSessionDate) {
    }

    private DpsActivityRoutes() {
    }

    static RouteTable table(DpsActivities dps, Clock clock) {
        return RouteTable.builder()
                .find("/schedules/{scheduleId}", ctx -> new ScheduleKey(Params.positiveLong(ctx, "scheduleId"),
                                earliest(ctx, clock)), key -> dps.schedule(key.id())
                                .map(s -> from(s, key.earliestSessionDate())), ActivityWire::schedule,
                        key -> "Activity Schedule " + key.id() + " not found")
                .find("/activities/{activityId}/filtered", ctx -> Params.positiveLong(ctx, "activityId"),
                        id -> dps.payOf(id).map(pay -> ActivityWire.activity(id, pay)), wire -> wire,
                        id -> "Activity " + id + " not found")
                .find("/scheduled-instances/{instanceId}", ctx -> Params.positiveLong(ctx, "instanceId"),
                        id -> dps.instance(id).flatMap(i -> dps.schedule(i.activityScheduleId())
                                .map(s -> ActivityWire.instance(i, s))), wire -> wire,
                        id -> "Scheduled Instance " + id + " not found")
                .find("/allocations/id/{allocationId}", ctx -> Params.positiveLong(ctx, "allocationId"),
                        dps::allocation, ActivityWire::allocation, id -> "Allocation " + id + " not found")
                .find("/synchronisation/attendance/{attendanceId}", ctx -> Params.positiveLong(ctx, "attendanceId"),
                        dps::attendance, ActivityWire::attendance, id -> "Attendance " + id + " not found")
                .build();
    }

    /** {@code earliestSessionDate}, else four weeks ago, as upstream defaults it. */
    private static LocalDate earliest(Context ctx, Clock clock) {
        String value = ctx.queryParam("earliestSessionDate");
        if (value == null) {
            return LocalDate.now(clock).minusWeeks(4);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("earliestSessionDate is not a date (YYYY-MM-DD): " + value);
        }
    }

    private static ActivitySchedule from(ActivitySchedule s, LocalDate earliest) {
        return new ActivitySchedule(s.id(), s.activityId(), s.prisonCode(), s.summary(), s.categoryCode(),
                s.payPerSession(), s.outsideWork(), s.description(), s.internalLocationId(), s.capacity(),
                s.startDate(), s.endDate(), s.runsOnBankHoliday(), s.slots(),
                s.instances().stream().filter(i -> !i.date().isBefore(earliest)).toList());
    }
}
