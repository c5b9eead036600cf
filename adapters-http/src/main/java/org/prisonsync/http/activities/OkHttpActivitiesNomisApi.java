package org.prisonsync.http.activities;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.activities.ActivitiesNomisApi;
import org.prisonsync.core.activities.AllocationExclusion;
import org.prisonsync.core.activities.AllocationRequest;
import org.prisonsync.core.activities.AllocationUpserted;
import org.prisonsync.core.activities.AttendanceRequest;
import org.prisonsync.core.activities.AttendanceUpsert;
import org.prisonsync.core.activities.PrisonerDetails;
import org.prisonsync.core.activities.BookingCount;
import org.prisonsync.core.activities.CourseActivityRequest;
import org.prisonsync.core.activities.CourseActivityWritten;
import org.prisonsync.core.activities.CourseSchedule;
import org.prisonsync.core.activities.NomisCourseActivity;
import org.prisonsync.core.activities.NomisCourseSchedule;
import org.prisonsync.core.activities.NomisAllocation;
import org.prisonsync.core.activities.NotUniqueInNomis;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.activities.PayRate;
import org.prisonsync.core.activities.ScheduleRule;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link ActivitiesNomisApi} over the NOMIS prisoner API's activity endpoints. An attendance upsert answered 400
 * with {@code errorCode} 1001 or 1002 is NOMIS's "already paid" / "prisoner moved" and becomes a value.
 */
final class OkHttpActivitiesNomisApi implements ActivitiesNomisApi {
    private final JsonHttp http;

    OkHttpActivitiesNomisApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public CourseActivityWritten createActivity(CourseActivityRequest request) {
        HttpReply reply = http.post(CreateDto.of(request), "activities");
        return http.read(succeeded(reply), WrittenDto.class, WrittenDto::toDomain);
    }

    @Override
    public CourseActivityWritten updateActivity(long courseActivityId, CourseActivityRequest request) {
        HttpReply reply = http.put(UpdateDto.of(request), "activities", Long.toString(courseActivityId));
        return http.read(succeeded(reply), WrittenDto.class, WrittenDto::toDomain);
    }

    @Override
    public Optional<NomisCourseActivity> findActivity(long courseActivityId) {
        return http.find(ActivityDto.class, ActivityDto::toDomain, "activities", Long.toString(courseActivityId));
    }

    @Override
    public void deleteActivity(long courseActivityId) {
        succeeded(http.call("DELETE", null, Map.of(), "activities", Long.toString(courseActivityId)));
    }

    @Override
    public long highestCourseScheduleId() {
        return http.fetch(Map.of(), Long.class, id -> Objects.requireNonNull(id, "the highest course schedule id"),
                "schedules", "max-id");
    }

    @Override
    public long updateCourseSchedule(long courseActivityId, CourseSchedule schedule) {
        HttpReply reply = http.put(SessionDto.of(schedule), "activities", Long.toString(courseActivityId),
                "schedule");
        return http.read(succeeded(reply), ScheduleIdDto.class,
                dto -> Objects.requireNonNull(dto.courseScheduleId(), "courseScheduleId"));
    }

    @Override
    public AllocationUpserted upsertAllocation(long courseActivityId, AllocationRequest request) {
        HttpReply reply = notUnique(() -> http.put(AllocationDto.of(request), "activities",
                Long.toString(courseActivityId), "allocation"));
        return http.read(succeeded(reply), AllocationUpsertedDto.class, AllocationUpsertedDto::toDomain);
    }

    @Override
    public AttendanceUpsert upsertAttendance(long courseScheduleId, long bookingId, AttendanceRequest request) {
        HttpReply reply = notUnique(() -> http.put(AttendanceDto.of(request), "schedules",
                Long.toString(courseScheduleId), "booking", Long.toString(bookingId), "attendance"));
        if (reply.status() == 400) {
            Optional<AttendanceUpsert.Refused> refused = refusal(reply);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        return http.read(succeeded(reply), AttendanceUpsertedDto.class, AttendanceUpsertedDto::toDomain);
    }

    @Override
    public boolean deleteAttendance(long courseScheduleId, long bookingId) {
        HttpReply reply = http.call("DELETE", null, Map.of(), "schedules", Long.toString(courseScheduleId),
                "booking", Long.toString(bookingId), "attendance");
        if (reply.status() == 404) {
            return false;
        }
        succeeded(reply);
        return true;
    }

    @Override
    public List<Long> activeAllocationIds(String prisonId, long courseActivityId) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            AllocationIdsPageDto answer = http.fetch(Map.of("prisonId", List.of(prisonId), "courseActivityId",
                    List.of(Long.toString(courseActivityId)), "page", List.of(Integer.toString(page)), "size",
                    List.of(Integer.toString(PAGE_SIZE))), AllocationIdsPageDto.class, dto -> dto,
                    "allocations", "ids");
            List<AllocationIdDto> content = Objects.requireNonNullElse(answer.content(), List.of());
            content.forEach(id -> ids.add(Objects.requireNonNull(id.allocationId(), "allocationId")));
            if (content.isEmpty() || !Boolean.FALSE.equals(answer.last())) {
                break;
            }
        }
        return ids.stream().sorted().toList();
    }

    @Override
    public Optional<NomisAllocation> findAllocation(long allocationId) {
        return http.find(NomisAllocationDto.class, dto -> dto.toDomain(allocationId), "allocations",
                Long.toString(allocationId));
    }

    @Override
    public void deleteAllocation(long referenceId) {
        succeeded(http.call("DELETE", null, Map.of(), "allocations", Long.toString(referenceId)));
    }

    @Override
    public void deleteAttendanceEvent(long eventId) {
        succeeded(http.call("DELETE", null, Map.of(), "attendances", Long.toString(eventId)));
    }

    @Override
    public List<String> activityPrisons() {
        return http.fetch(Map.of(), AgencyDto[].class, all -> java.util.Arrays.stream(all)
                .map(a -> Objects.requireNonNull(a.agencyId(), "agencyId")).toList(), "agency-switches", "ACTIVITY");
    }

    @Override
    public List<BookingCount> allocationCounts(String prisonId, boolean suspended) {
        return http.fetch(Map.of("suspended", List.of(Boolean.toString(suspended))), CountsDto.class,
                CountsDto::toDomain, "allocations", "reconciliation", prisonId);
    }

    @Override
    public List<BookingCount> attendanceCounts(String prisonId, LocalDate date) {
        return http.fetch(Map.of("date", List.of(date.toString())), CountsDto.class, CountsDto::toDomain,
                "attendances", "reconciliation", prisonId);
    }

    @Override
    public List<PrisonerDetails> prisonerDetails(List<Long> bookingIds) {
        HttpReply reply = http.post(bookingIds, "prisoners", "bookings");
        return http.read(succeeded(reply), PrisonerDetailsDto[].class, all -> java.util.Arrays.stream(all)
                .map(PrisonerDetailsDto::toDomain).toList());
    }

    private Optional<AttendanceUpsert.Refused> refusal(HttpReply reply) {
        ErrorDto error;
        try {
            error = http.read(reply, ErrorDto.class, e -> e);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        return AttendanceUpsert.Reason.ofErrorCode(error.errorCode())
                .map(reason -> new AttendanceUpsert.Refused(reason, error.userMessage()));
    }

    /** An upsert whose 500 is NOMIS's "query did not return a unique result" throws {@link NotUniqueInNomis}. */
    private static HttpReply notUnique(java.util.function.Supplier<HttpReply> upsert) {
        try {
            return upsert.get();
        } catch (NotUniqueInNomis e) {
            throw e;
        } catch (UpstreamUnavailable e) {
            if (NotUniqueInNomis.describes(e.getMessage())) {
                throw new NotUniqueInNomis(e.getMessage());
            }
            throw e;
        }
    }

    private static HttpReply succeeded(HttpReply reply) {
        if (reply.status() < 200 || reply.status() > 299) {
            throw reply.rejected();
        }
        return reply;
    }

    private static final int PAGE_SIZE = 100;
    /** A course activity of more than 100,000 active program profiles is not one NOMIS has. */
    private static final int MAX_PAGES = 1000;

    /** {@code FindActiveAllocationIdsResponse}. */
    private record AllocationIdDto(Long allocationId) {
    }

    /** {@code PageFindActiveAllocationIdsResponse}: what paging needs. */
    private record AllocationIdsPageDto(List<AllocationIdDto> content, Boolean last, Integer number) {
    }

    /** {@code GetAllocationResponse}: what a duplicate check reads. */
    private record NomisAllocationDto(String prisonId, Long courseActivityId, String nomisId, Long bookingId,
                                      LocalDate startDate, LocalDate endDate, Boolean suspended, String payBand) {
        NomisAllocation toDomain(long allocationId) {
            return new NomisAllocation(allocationId, prisonId, Objects.requireNonNull(courseActivityId,
                    "courseActivityId"), nomisId, Objects.requireNonNull(bookingId, "bookingId"), startDate, endDate,
                    Boolean.TRUE.equals(suspended), payBand);
        }
    }

    /** {@code AgencyDetails}. */
    private record AgencyDto(String agencyId, String name) {
    }

    /** {@code BookingCount}. */
    private record BookingCountDto(Long bookingId, Long count) {
        BookingCount toDomain() {
            return new BookingCount(Objects.requireNonNull(bookingId, "bookingId"),
                    Objects.requireNonNull(count, "count"));
        }
    }

    /** {@code AllocationReconciliationResponse} and {@code AttendanceReconciliationResponse}: their bookings. */
    private record CountsDto(String prisonId, LocalDate date, List<BookingCountDto> bookings) {
        List<BookingCount> toDomain() {
            return Objects.requireNonNull(bookings, "bookings").stream().map(BookingCountDto::toDomain).toList();
        }
    }

    /** {@code PrisonerDetails}. */
    private record PrisonerDetailsDto(String offenderNo, Long offenderId, Long rootOffenderId, Long bookingId,
                                      String location, Boolean active) {
        PrisonerDetails toDomain() {
            return new PrisonerDetails(offenderNo, Objects.requireNonNull(bookingId, "bookingId"), location,
                    Objects.requireNonNull(active, "active"));
        }
    }

    /** {@code ErrorResponse}. */
    private record ErrorDto(Integer status, Integer errorCode, String userMessage) {
    }

    private record PayRateDto(String incentiveLevel, String payBand, BigDecimal rate, LocalDate startDate) {
        static List<PayRateDto> of(List<PayRate> rates) {
            return rates.stream().map(r -> new PayRateDto(r.incentiveLevel(), r.payBand(), r.rate(),
                    r.startDate())).toList();
        }
    }

    /** {@code ScheduleRuleRequest}. */
    private record RuleDto(LocalTime startTime, LocalTime endTime, boolean monday, boolean tuesday,
                           boolean wednesday, boolean thursday, boolean friday, boolean saturday, boolean sunday) {
        static List<RuleDto> of(List<ScheduleRule> rules) {
            return rules.stream().map(r -> new RuleDto(r.startTime(), r.endTime(), r.on(DayOfWeek.MONDAY),
                    r.on(DayOfWeek.TUESDAY), r.on(DayOfWeek.WEDNESDAY), r.on(DayOfWeek.THURSDAY),
                    r.on(DayOfWeek.FRIDAY), r.on(DayOfWeek.SATURDAY), r.on(DayOfWeek.SUNDAY))).toList();
        }
    }

    /** {@code CourseScheduleRequest}. */
    private record SessionDto(Long id, LocalDate date, LocalTime startTime, LocalTime endTime, boolean cancelled) {
        static SessionDto of(CourseSchedule s) {
            return new SessionDto(s.id(), s.date(), s.startTime(), s.endTime(), s.cancelled());
        }
    }

    /** {@code CreateActivityRequest}. */
    private record CreateDto(String code, LocalDate startDate, LocalDate endDate, String prisonId,
                             Long internalLocationId, int capacity, List<PayRateDto> payRates, String description,
                             String programCode, String payPerSession, List<SessionDto> schedules,
                             List<RuleDto> scheduleRules, boolean excludeBankHolidays, boolean outsideWork) {
        static CreateDto of(CourseActivityRequest r) {
            return new CreateDto(r.code(), r.startDate(), r.endDate(), r.prisonId(), r.internalLocationId(),
                    r.capacity(), PayRateDto.of(r.payRates()), r.description(), r.programCode(), r.payPerSession(),
                    r.schedules().stream().map(SessionDto::of).toList(), RuleDto.of(r.scheduleRules()),
                    r.excludeBankHolidays(), r.outsideWork());
        }
    }

    /** {@code UpdateActivityRequest}: no code, no prison. */
    private record UpdateDto(LocalDate startDate, LocalDate endDate, Long internalLocationId, int capacity,
                             List<PayRateDto> payRates, String description, String programCode,
                             String payPerSession, List<SessionDto> schedules, List<RuleDto> scheduleRules,
                             boolean excludeBankHolidays, boolean outsideWork) {
        static UpdateDto of(CourseActivityRequest r) {
            return new UpdateDto(r.startDate(), r.endDate(), r.internalLocationId(), r.capacity(),
                    PayRateDto.of(r.payRates()), r.description(), r.programCode(), r.payPerSession(),
                    r.schedules().stream().map(SessionDto::of).toList(), RuleDto.of(r.scheduleRules()),
                    r.excludeBankHolidays(), r.outsideWork());
        }
    }

    private record ScheduleIdDto(Long courseScheduleId) {
    }

    /** {@code CreateScheduledInstanceResponse}. */
    private record WrittenScheduleDto(Long courseScheduleId, LocalDate date, LocalTime startTime,
                                      LocalTime endTime) {
        NomisCourseSchedule toDomain() {
            return new NomisCourseSchedule(Objects.requireNonNull(courseScheduleId, "courseScheduleId"), date,
                    startTime, endTime);
        }
    }

    /** {@code CreateActivityResponse}. */
    private record WrittenDto(Long courseActivityId, List<WrittenScheduleDto> courseSchedules) {
        CourseActivityWritten toDomain() {
            return new CourseActivityWritten(Objects.requireNonNull(courseActivityId, "courseActivityId"),
                    Objects.requireNonNullElse(courseSchedules, List.<WrittenScheduleDto>of()).stream()
                            .map(WrittenScheduleDto::toDomain).toList());
        }
    }

    /** {@code GetActivityResponse}: what the mapping check reads (pay rates and rules are not). */
    private record ActivityDto(Long courseActivityId, String prisonId, String programCode, String description,
                               Integer capacity, LocalDate startDate, LocalDate endDate, Long internalLocationId) {
        NomisCourseActivity toDomain() {
            return new NomisCourseActivity(Objects.requireNonNull(courseActivityId, "courseActivityId"), prisonId,
                    programCode, description, capacity == null ? 0 : capacity, startDate, endDate,
                    internalLocationId, List.of(), List.of());
        }
    }

    private record ExclusionDto(String day, String slot) {
        static List<ExclusionDto> of(List<AllocationExclusion> exclusions) {
            return exclusions.stream().map(e -> new ExclusionDto(e.dayCode(), e.slot())).toList();
        }
    }

    /** {@code UpsertAllocationRequest}. */
    private record AllocationDto(long bookingId, String payBandCode, LocalDate startDate, LocalDate endDate,
                                 String endReason, String endComment, boolean suspended, String suspendedComment,
                                 String programStatusCode, List<ExclusionDto> exclusions) {
        static AllocationDto of(AllocationRequest r) {
            return new AllocationDto(r.bookingId(), r.payBandCode(), r.startDate(), r.endDate(), r.endReason(),
                    r.endComment(), r.suspended(), r.suspendedComment(), r.programStatusCode(),
                    ExclusionDto.of(r.exclusions()));
        }
    }

    /** {@code UpsertAllocationResponse}. */
    private record AllocationUpsertedDto(Long offenderProgramReferenceId, Boolean created, String prisonId) {
        AllocationUpserted toDomain() {
            return new AllocationUpserted(Objects.requireNonNull(offenderProgramReferenceId,
                    "offenderProgramReferenceId"), Boolean.TRUE.equals(created), prisonId);
        }
    }

    /** {@code UpsertAttendanceRequest}. */
    private record AttendanceDto(LocalDate scheduleDate, LocalTime startTime, LocalTime endTime,
                                 String eventStatusCode, String eventOutcomeCode, String comments,
                                 Boolean unexcusedAbsence, Boolean authorisedAbsence, Boolean paid,
                                 BigDecimal bonusPay) {
        static AttendanceDto of(AttendanceRequest r) {
            return new AttendanceDto(r.scheduleDate(), r.startTime(), r.endTime(), r.eventStatusCode(),
                    r.eventOutcomeCode(), r.comments(), r.unexcusedAbsence(), r.authorisedAbsence(), r.paid(),
                    r.bonusPay());
        }
    }

    /** {@code UpsertAttendanceResponse}. */
    private record AttendanceUpsertedDto(Long eventId, Long courseScheduleId, Boolean created, String prisonId) {
        AttendanceUpsert toDomain() {
            return new AttendanceUpsert.Upserted(Objects.requireNonNull(eventId, "eventId"),
                    Objects.requireNonNull(courseScheduleId, "courseScheduleId"), Boolean.TRUE.equals(created),
                    prisonId);
        }
    }
}
