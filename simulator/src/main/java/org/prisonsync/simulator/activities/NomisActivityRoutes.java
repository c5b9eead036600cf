package org.prisonsync.simulator.activities;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.activities.AllocationExclusion;
import org.prisonsync.core.activities.AllocationRequest;
import org.prisonsync.core.activities.AllocationUpserted;
import org.prisonsync.core.activities.AttendanceRequest;
import org.prisonsync.core.activities.AttendanceUpsert;
import org.prisonsync.core.activities.CourseActivityRequest;
import org.prisonsync.core.activities.CourseActivityWritten;
import org.prisonsync.core.activities.CourseSchedule;
import org.prisonsync.core.activities.NomisCourseSchedule;
import org.prisonsync.core.activities.NotUniqueInNomis;
import org.prisonsync.core.message.Ids;
import org.prisonsync.simulator.store.SpringPage;
import org.prisonsync.core.activities.PayRate;
import org.prisonsync.core.activities.ScheduleRule;
import org.prisonsync.core.activities.inmemory.InMemoryActivitiesNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;

/**
 * The NOMIS prisoner API's activity routes at their real paths, as a table over core's in-memory NOMIS activities:
 * create and update a course activity, read it, write one course schedule, upsert an allocation, upsert and delete
 * an attendance. Request bodies are read strictly (an unknown field is a 400). An attendance NOMIS will not change
 * is a 400 with upstream's {@code errorCode} (1001 paid, 1002 prisoner moved).
 */
final class NomisActivityRoutes {
    private final InMemoryActivitiesNomisApi nomis;
    private final ObjectMapper mapper;

    NomisActivityRoutes(InMemoryActivitiesNomisApi nomis, ObjectMapper mapper) {
        this.nomis = nomis;
        this.mapper = mapper;
    }

    RouteTable table() {
        return RouteTable.builder()
                .create("/activities", ctx -> call(() -> nomis.createActivity(body(ctx, CreateDto.class)
                        .toDomain())), NomisActivityRoutes::written, RouteTable.noEvent())
                .find("/activities/{courseActivityId}", ctx -> Params.positiveLong(ctx, "courseActivityId"),
                        nomis::findActivity, a -> {
                            Map<String, Object> wire = new LinkedHashMap<>();
                            wire.put("courseActivityId", a.courseActivityId());
                            wire.put("prisonId", a.prisonId());
                            wire.put("programCode", a.programCode());
                            wire.put("description", a.description());
                            wire.put("capacity", a.capacity());
                            wire.put("startDate", a.startDate());
                            wire.put("endDate", a.endDate());
                            wire.put("internalLocationId", a.internalLocationId());
                            return wire;
                        }, id -> "Course activity with id=" + id + " does not exist")
                .hook(Method.DELETE, "/activities/{courseActivityId}", ctx -> {
                    nomis.deleteActivity(Params.positiveLong(ctx, "courseActivityId"));
                    ctx.status(204);
                })
                .hook(Method.GET, "/schedules/max-id", ctx -> ctx.json(nomis.highestCourseScheduleId()))
                .update(Method.PUT, "/activities/{courseActivityId}", ctx -> {
                    long id = Params.positiveLong(ctx, "courseActivityId");
                    CourseActivityRequest request = body(ctx, UpdateDto.class).toDomain();
                    return call(() -> nomis.updateActivity(id, request));
                }, NomisActivityRoutes::written, RouteTable.noEvent())
                .update(Method.PUT, "/activities/{courseActivityId}/schedule", ctx -> {
                    long id = Params.positiveLong(ctx, "courseActivityId");
                    CourseSchedule schedule = body(ctx, SessionDto.class).toDomain();
                    return call(() -> nomis.updateCourseSchedule(id, schedule));
                }, id -> Map.of("courseScheduleId", id), RouteTable.noEvent())
                .update(Method.PUT, "/activities/{courseActivityId}/allocation", ctx -> {
                    long id = Params.positiveLong(ctx, "courseActivityId");
                    AllocationRequest request = body(ctx, AllocationDto.class).toDomain();
                    return call(() -> nomis.upsertAllocation(id, request));
                }, (AllocationUpserted a) -> Map.of("offenderProgramReferenceId", a.offenderProgramReferenceId(),
                        "created", a.created(), "prisonId", a.prisonId()), RouteTable.noEvent())
                .hook(Method.PUT, "/schedules/{courseScheduleId}/booking/{bookingId}/attendance", this::attendance)
                .hook(Method.DELETE, "/schedules/{courseScheduleId}/booking/{bookingId}/attendance", ctx -> {
                    long schedule = Params.positiveLong(ctx, "courseScheduleId");
                    long booking = Params.positiveLong(ctx, "bookingId");
                    if (!nomis.deleteAttendance(schedule, booking)) {
                        throw ApiError.notFound("Attendance for booking " + booking + " on course schedule "
                                + schedule + " not found");
                    }
                    ctx.status(204);
                })
                .page("/allocations/ids", ctx -> {
                    String prison = ctx.queryParam("prisonId");
                    if (prison == null || !prison.matches("[A-Z0-9]{2,6}")) {
                        throw ApiError.badRequest("prisonId is required, a prison code: " + prison);
                    }
                    String course = ctx.queryParam("courseActivityId");
                    long courseActivityId = Ids.parsePositiveLong(course == null ? "" : course).orElseThrow(() ->
                            ApiError.badRequest("courseActivityId must be a positive number in ASCII digits (the "
                                    + "simulator serves this read per course activity)"));
                    int page = Params.intQuery(ctx, "page", 0);
                    int size = Params.intQuery(ctx, "size", 10);
                    if (page < 0 || size < 1 || size > 10_000) {
                        throw ApiError.badRequest("page must be 0 or more and size 1 to 10000");
                    }
                    return SpringPage.slice(nomis.activeAllocationIds(prison, courseActivityId), page, size);
                }, page -> page, id -> Map.of("allocationId", id))
                .find("/allocations/{allocationId}", ctx -> Params.positiveLong(ctx, "allocationId"),
                        nomis::findAllocation, a -> {
                            Map<String, Object> wire = new LinkedHashMap<>();
                            wire.put("prisonId", a.prisonId());
                            wire.put("courseActivityId", a.courseActivityId());
                            wire.put("nomisId", a.offenderNo());
                            wire.put("bookingId", a.bookingId());
                            wire.put("startDate", a.startDate());
                            wire.put("endDate", a.endDate());
                            wire.put("suspended", a.suspended());
                            wire.put("payBand", a.payBand());
                            wire.put("exclusions", List.of());
                            wire.put("scheduleRules", List.of());
                            return wire;
                        }, id -> "Offender program profile with id=" + id + " does not exist")
                .delete("/allocations/{referenceId}", ctx -> Params.positiveLong(ctx, "referenceId"),
                        nomis::deleteAllocation)
                .delete("/attendances/{eventId}", ctx -> Params.positiveLong(ctx, "eventId"),
                        nomis::deleteAttendanceEvent)
                .hook(Method.GET, "/agency-switches/{serviceCode}", ctx -> {
                    String service = ctx.pathParam("serviceCode");
                    if (!service.matches("[A-Z_]{1,12}")) {
                        throw ApiError.badRequest("serviceCode is not a service code: " + service);
                    }
                    // only activities is simulated; another service is switched on nowhere
                    List<String> prisons = "ACTIVITY".equals(service) ? nomis.activityPrisons() : List.of();
                    ctx.json(prisons.stream().map(p -> Map.of("agencyId", p, "name", p + " (HMP)")).toList());
                })
                .hook(Method.GET, "/allocations/reconciliation/{prisonId}", ctx -> {
                    String prison = DpsActivityRoutes.prison(ctx, "prisonId");
                    String suspended = ctx.queryParam("suspended");
                    if (suspended != null && !suspended.equals("true") && !suspended.equals("false")) {
                        throw ApiError.badRequest("suspended must be true or false: " + suspended);
                    }
                    ctx.json(Map.of("prisonId", prison, "bookings",
                            nomis.allocationCounts(prison, "true".equals(suspended))));
                })
                .hook(Method.GET, "/attendances/reconciliation/{prisonId}", ctx -> {
                    String prison = DpsActivityRoutes.prison(ctx, "prisonId");
                    LocalDate date = DpsActivityRoutes.date(ctx, ctx.queryParam("date"), "date");
                    ctx.json(Map.of("prisonId", prison, "date", date, "bookings",
                            nomis.attendanceCounts(prison, date)));
                })
                .hook(Method.POST, "/prisoners/bookings", ctx -> {
                    List<Long> bookings = body(ctx, BookingIdsDto.class);
                    if (bookings.isEmpty() || bookings.size() > 1000
                            || !bookings.stream().allMatch(b -> b != null && b > 0)) {
                        throw ApiError.badRequest("the body must be a list of 1 to 1000 booking ids");
                    }
                    ctx.json(nomis.prisonerDetails(bookings));
                })
                .build();
    }

    /** The body of {@code POST /prisoners/bookings}: booking ids. */
    private static final class BookingIdsDto extends java.util.ArrayList<Long> {
    }

    private void attendance(Context ctx) {
        long schedule = Params.positiveLong(ctx, "courseScheduleId");
        long booking = Params.positiveLong(ctx, "bookingId");
        AttendanceRequest request = body(ctx, AttendanceDto.class).toDomain();
        AttendanceUpsert answer = call(() -> nomis.upsertAttendance(schedule, booking, request));
        if (answer instanceof AttendanceUpsert.Refused refused) {
            ctx.status(400).json(Map.of("status", 400, "errorCode", refused.reason().errorCode(),
                    "userMessage", refused.message(), "developerMessage", refused.message()));
            return;
        }
        AttendanceUpsert.Upserted upserted = (AttendanceUpsert.Upserted) answer;
        ctx.json(Map.of("eventId", upserted.eventId(), "courseScheduleId", upserted.courseScheduleId(),
                "created", upserted.created(), "prisonId", upserted.prisonId()));
    }

    private static Map<String, Object> written(CourseActivityWritten written) {
        return Map.of("courseActivityId", written.courseActivityId(), "courseSchedules",
                written.courseSchedules().stream().map(NomisActivityRoutes::schedule).toList());
    }

    private static Map<String, Object> schedule(NomisCourseSchedule s) {
        return Map.of("courseScheduleId", s.courseScheduleId(), "date", s.date(), "startTime", s.startTime(),
                "endTime", s.endTime());
    }

    private <T> T body(Context ctx, Class<T> type) {
        try {
            T parsed = mapper.readValue(ctx.body(), type);
            if (parsed == null) {
                throw ApiError.badRequest("no body");
            }
            return parsed;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("unreadable body: " + e.getOriginalMessage());
        }
    }

    /**
     * Runs a NOMIS call: its refusals answer with their status, a value NOMIS would refuse is a 400, and a key
     * holding two rows is NOMIS's 500 as its generic handler writes it ("Unexpected error: " and Hibernate's text).
     */
    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (NotUniqueInNomis e) {
            throw new ApiError(500, "Unexpected error: " + e.getMessage(), e.getMessage(), null);
        } catch (UpstreamRejected e) {
            throw new ApiError(e.status(), e.getMessage(), e.getMessage(), null);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiError.badRequest(String.valueOf(e.getMessage()));
        }
    }

    private static <T> T valid(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiError.badRequest(String.valueOf(e.getMessage()));
        }
    }

    private record PayRateDto(String incentiveLevel, String payBand, BigDecimal rate, LocalDate startDate,
                              LocalDate endDate) {
        PayRate toDomain() {
            return new PayRate(incentiveLevel, payBand, rate, startDate);
        }
    }

    private record RuleDto(LocalTime startTime, LocalTime endTime, boolean monday, boolean tuesday,
                           boolean wednesday, boolean thursday, boolean friday, boolean saturday, boolean sunday) {
        ScheduleRule toDomain() {
            boolean[] flags = {monday, tuesday, wednesday, thursday, friday, saturday, sunday};
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (int i = 0; i < flags.length; i++) {
                if (flags[i]) {
                    days.add(DayOfWeek.of(i + 1));
                }
            }
            return new ScheduleRule(startTime, endTime, days);
        }
    }

    private record SessionDto(Long id, LocalDate date, LocalTime startTime, LocalTime endTime, Boolean cancelled) {
        CourseSchedule toDomain() {
            return valid(() -> new CourseSchedule(id, date, startTime, endTime, Objects.requireNonNull(cancelled,
                    "cancelled")));
        }
    }

    private record CreateDto(String code, LocalDate startDate, LocalDate endDate, String prisonId,
                             Long internalLocationId, Integer capacity, List<PayRateDto> payRates,
                             String description, String minimumIncentiveLevelCode, String programCode,
                             String payPerSession, List<SessionDto> schedules, List<RuleDto> scheduleRules,
                             Boolean excludeBankHolidays, Boolean outsideWork) {
        CourseActivityRequest toDomain() {
            return valid(() -> new CourseActivityRequest(code, prisonId, startDate, endDate, internalLocationId,
                    Objects.requireNonNull(capacity, "capacity"), payRates.stream().map(PayRateDto::toDomain)
                    .toList(), description, programCode, payPerSession, schedules.stream()
                    .map(SessionDto::toDomain).toList(), scheduleRules.stream().map(RuleDto::toDomain).toList(),
                    Objects.requireNonNull(excludeBankHolidays, "excludeBankHolidays"),
                    Objects.requireNonNull(outsideWork, "outsideWork")));
        }
    }

    private record UpdateDto(LocalDate startDate, LocalDate endDate, Long internalLocationId, Integer capacity,
                             List<PayRateDto> payRates, String description, String minimumIncentiveLevelCode,
                             String payPerSession, List<RuleDto> scheduleRules, Boolean excludeBankHolidays,
                             Boolean outsideWork, String programCode, List<SessionDto> schedules) {
        CourseActivityRequest toDomain() {
            // an update names neither code nor prison; NOMIS keeps those it was created with
            return new CreateDto("UPDATE", startDate, endDate, "UPD", internalLocationId, capacity, payRates,
                    description, minimumIncentiveLevelCode, programCode, payPerSession, schedules, scheduleRules,
                    excludeBankHolidays, outsideWork).toDomain();
        }
    }

    private record ExclusionDto(String day, String slot) {
        AllocationExclusion toDomain() {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().substring(0, 3).equals(day)) {
                    return new AllocationExclusion(d, slot);
                }
            }
            throw new IllegalArgumentException("day is not MON … SUN: " + day);
        }
    }

    private record AllocationDto(Long bookingId, String payBandCode, LocalDate startDate, LocalDate endDate,
                                 String endReason, String endComment, Boolean suspended, String suspendedComment,
                                 String programStatusCode, List<ExclusionDto> exclusions) {
        AllocationRequest toDomain() {
            return valid(() -> new AllocationRequest(Objects.requireNonNull(bookingId, "bookingId"), payBandCode,
                    startDate, endDate, endReason, endComment, Boolean.TRUE.equals(suspended), suspendedComment,
                    programStatusCode, Objects.requireNonNullElse(exclusions, List.<ExclusionDto>of()).stream()
                    .map(ExclusionDto::toDomain).toList()));
        }
    }

    private record AttendanceDto(LocalDate scheduleDate, LocalTime startTime, LocalTime endTime,
                                 String eventStatusCode, String eventOutcomeCode, String comments,
                                 Boolean unexcusedAbsence, Boolean authorisedAbsence, Boolean paid,
                                 BigDecimal bonusPay) {
        AttendanceRequest toDomain() {
            return valid(() -> new AttendanceRequest(scheduleDate, startTime, endTime, eventStatusCode,
                    eventOutcomeCode, comments, unexcusedAbsence, authorisedAbsence, paid, bonusPay));
        }
    }
}
