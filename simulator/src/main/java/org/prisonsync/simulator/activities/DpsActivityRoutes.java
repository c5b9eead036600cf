package org.prisonsync.simulator.activities;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.prisonsync.core.activities.ActivitySchedule;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;

/** The activities API's reads prison-sync calls, at their real paths, as a table over {@link DpsActivities}. */
final class DpsActivityRoutes {
    private record ScheduleKey(long id, LocalDate earliestSessionDate) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

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
                .hook(RouteTable.Method.GET, "/synchronisation/reconciliation/allocations/{prisonId}", ctx -> {
                    String prison = prison(ctx, "prisonId");
                    ctx.json(Map.of("prisonCode", prison, "bookings", dps.allocationCounts(prison, false)));
                })
                .hook(RouteTable.Method.GET, "/synchronisation/reconciliation/suspended-allocations/{prisonId}",
                        ctx -> {
                            String prison = prison(ctx, "prisonId");
                            ctx.json(Map.of("prisonCode", prison, "bookings", dps.allocationCounts(prison, true)));
                        })
                .hook(RouteTable.Method.GET, "/synchronisation/reconciliation/attendances/{prisonId}", ctx -> {
                    String prison = prison(ctx, "prisonId");
                    LocalDate date = date(ctx, ctx.queryParam("date"), "date");
                    ctx.json(Map.of("prisonCode", prison, "date", date, "bookings",
                            dps.attendanceCounts(prison, date)));
                })
                .hook(RouteTable.Method.POST, "/prisons/{prisonCode}/prisoner-allocations", ctx -> {
                    String prison = prison(ctx, "prisonCode");
                    String activeOnly = ctx.queryParam("activeOnly");
                    if (activeOnly != null && !activeOnly.equals("true") && !activeOnly.equals("false")) {
                        throw ApiError.badRequest("activeOnly must be true or false: " + activeOnly);
                    }
                    List<Map<String, Object>> answer = new ArrayList<>();
                    for (String prisoner : prisonerNumbers(ctx)) {
                        List<Map<String, Object>> allocations = dps.prisonerAllocations(prison, prisoner).stream()
                                .filter(a -> !"true".equals(activeOnly) || !a.ended())
                                .map(ActivityWire::allocation).toList();
                        if (!allocations.isEmpty()) {
                            answer.add(Map.of("prisonerNumber", prisoner, "allocations", allocations));
                        }
                    }
                    ctx.json(answer);
                })
                .list("/attendances/{prisonCode}/{sessionDate}",
                        ctx -> new PrisonDay(prison(ctx, "prisonCode"), date(ctx, ctx.pathParam("sessionDate"),
                                "sessionDate")),
                        day -> dps.attendancesOfDay(day.prison(), day.date()),
                        all -> all.stream().map(a -> ActivityWire.dailyAttendance(a, dps.schedule(
                                a.activityScheduleId()).orElseThrow())).toList())
                .build();
    }

    private record PrisonDay(String prison, LocalDate date) {
    }

    /** A prison code as upstream's are: 2 to 6 capitals or digits. */
    static String prison(Context ctx, String name) {
        String value = ctx.pathParam(name);
        if (!value.matches("[A-Z0-9]{2,6}")) {
            throw ApiError.badRequest(name + " is not a prison code: " + value);
        }
        return value;
    }

    static LocalDate date(Context ctx, String value, String name) {
        if (value == null) {
            throw ApiError.badRequest(name + " is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " is not a date (YYYY-MM-DD): " + value);
        }
    }

    private static List<String> prisonerNumbers(Context ctx) {
        List<String> numbers;
        try {
            numbers = JSON.readValue(ctx.body(), new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body must be a list of prisoner numbers");
        }
        if (numbers == null || numbers.isEmpty() || numbers.size() > 1000
                || !numbers.stream().allMatch(Params::isPrisonerNumber)) {
            throw ApiError.badRequest("the body must be a list of 1 to 1000 prisoner numbers like A1234BC");
        }
        return numbers;
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
                s.payPerSession(), s.outsideWork(), s.description(), s.internalLocationId(), s.dpsLocationId(),
                s.capacity(),
                s.startDate(), s.endDate(), s.runsOnBankHoliday(), s.slots(),
                s.instances().stream().filter(i -> !i.date().isBefore(earliest)).toList());
    }
}
