package org.prisonsync.http.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.prisonsync.core.activities.ActivitiesDpsApi;
import org.prisonsync.core.activities.ActivityPay;
import org.prisonsync.core.activities.ActivitySchedule;
import org.prisonsync.core.activities.Allocation;
import org.prisonsync.core.activities.AttendanceSync;
import org.prisonsync.core.activities.BookingCount;
import org.prisonsync.core.activities.DailyAttendance;
import org.prisonsync.core.activities.ExcludedSlot;
import org.prisonsync.core.activities.ScheduleSlot;
import org.prisonsync.core.activities.ScheduledInstance;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/** {@link ActivitiesDpsApi} over the DPS activities API. */
final class OkHttpActivitiesDpsApi implements ActivitiesDpsApi {
    private final JsonHttp http;

    OkHttpActivitiesDpsApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public Optional<ActivitySchedule> findSchedule(long scheduleId, LocalDate earliestSessionDate) {
        Map<String, List<String>> query = earliestSessionDate == null ? Map.of()
                : Map.of("earliestSessionDate", List.of(earliestSessionDate.toString()));
        return found(http.get(query, "schedules", Long.toString(scheduleId)), ScheduleDto.class,
                ScheduleDto::toDomain);
    }

    @Override
    public Optional<List<ActivityPay>> findActivityPay(long activityId) {
        return found(http.get(Map.of("includeScheduledInstances", List.of("false")), "activities",
                Long.toString(activityId), "filtered"), ActivityDto.class, ActivityDto::toDomain);
    }

    @Override
    public Optional<ScheduledInstance> findScheduledInstance(long instanceId) {
        return http.find(InstanceDto.class, InstanceDto::toDomain, "scheduled-instances", Long.toString(instanceId));
    }

    @Override
    public Optional<Allocation> findAllocation(long allocationId) {
        return http.find(AllocationDto.class, AllocationDto::toDomain, "allocations", "id",
                Long.toString(allocationId));
    }

    @Override
    public Optional<AttendanceSync> findAttendance(long attendanceId) {
        return http.find(AttendanceDto.class, AttendanceDto::toDomain, "synchronisation", "attendance",
                Long.toString(attendanceId));
    }

    @Override
    public List<BookingCount> allocationCounts(String prisonCode) {
        return http.fetch(Map.of(), CountsDto.class, CountsDto::toDomain, "synchronisation", "reconciliation",
                "allocations", prisonCode);
    }

    @Override
    public List<BookingCount> suspendedAllocationCounts(String prisonCode) {
        return http.fetch(Map.of(), CountsDto.class, CountsDto::toDomain, "synchronisation", "reconciliation",
                "suspended-allocations", prisonCode);
    }

    @Override
    public List<BookingCount> attendanceCounts(String prisonCode, LocalDate date) {
        return http.fetch(Map.of("date", List.of(date.toString())), CountsDto.class, CountsDto::toDomain,
                "synchronisation", "reconciliation", "attendances", prisonCode);
    }

    @Override
    public List<Allocation> prisonerAllocations(String prisonCode, String prisonerNumber) {
        HttpReply reply = http.post(Map.of("activeOnly", List.of("false")), List.of(prisonerNumber), "prisons",
                prisonCode, "prisoner-allocations");
        if (reply.status() != 200) {
            throw reply.rejected();
        }
        return http.read(reply, PrisonerAllocationsDto[].class, all -> java.util.Arrays.stream(all)
                .filter(p -> prisonerNumber.equals(p.prisonerNumber()))
                .flatMap(p -> Objects.requireNonNullElse(p.allocations(), List.<AllocationDto>of()).stream())
                .map(AllocationDto::toDomain).toList());
    }

    @Override
    public List<DailyAttendance> attendances(String prisonCode, LocalDate sessionDate) {
        return http.fetch(Map.of(), DailyAttendanceDto[].class, all -> java.util.Arrays.stream(all)
                .map(DailyAttendanceDto::toDomain).toList(), "attendances", prisonCode, sessionDate.toString());
    }

    private <W, T> Optional<T> found(HttpReply reply, Class<W> wire, Function<W, T> toDomain) {
        return switch (reply.status()) {
            case 200 -> Optional.of(http.read(reply, wire, toDomain));
            case 404 -> Optional.empty();
            default -> throw reply.rejected();
        };
    }

    private static Set<DayOfWeek> days(Boolean mon, Boolean tue, Boolean wed, Boolean thu, Boolean fri, Boolean sat,
                                       Boolean sun) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Boolean[] flags = {mon, tue, wed, thu, fri, sat, sun};
        for (int i = 0; i < flags.length; i++) {
            if (Boolean.TRUE.equals(flags[i])) {
                days.add(DayOfWeek.of(i + 1));
            }
        }
        return days;
    }

    private static long required(Long value, String field) {
        return Objects.requireNonNull(value, field);
    }

    private record CodeDto(String code) {
    }

    /** {@code InternalLocation}: the NOMIS id and, when DPS has one, the DPS location uuid. */
    private record LocationDto(Long id, String dpsLocationId) {
    }

    private record ActivityLiteDto(Long id, String prisonCode, String summary, CodeDto category,
                                   String payPerSession, Boolean outsideWork) {
    }

    /** {@code ActivityScheduleSlot}. */
    private record SlotDto(Integer weekNumber, String timeSlot, LocalTime startTime, LocalTime endTime,
                           Boolean mondayFlag, Boolean tuesdayFlag, Boolean wednesdayFlag, Boolean thursdayFlag,
                           Boolean fridayFlag, Boolean saturdayFlag, Boolean sundayFlag) {
        ScheduleSlot toDomain() {
            return new ScheduleSlot(Objects.requireNonNull(weekNumber, "weekNumber"), timeSlot, startTime, endTime,
                    days(mondayFlag, tuesdayFlag, wednesdayFlag, thursdayFlag, fridayFlag, saturdayFlag,
                            sundayFlag));
        }
    }

    /** {@code ScheduledInstance} within a schedule. */
    private record SessionDto(Long id, LocalDate date, LocalTime startTime, LocalTime endTime, Boolean cancelled) {
        ScheduledInstance toDomain(long scheduleId) {
            return new ScheduledInstance(required(id, "instances.id"), scheduleId, date, startTime, endTime,
                    Boolean.TRUE.equals(cancelled));
        }
    }

    /** {@code ActivitySchedule}. */
    private record ScheduleDto(Long id, String description, LocationDto internalLocation, Integer capacity,
                               ActivityLiteDto activity, LocalDate startDate, LocalDate endDate,
                               Boolean runsOnBankHoliday, List<SlotDto> slots, List<SessionDto> instances) {
        ActivitySchedule toDomain() {
            long scheduleId = required(id, "id");
            Objects.requireNonNull(activity, "activity");
            return new ActivitySchedule(scheduleId, required(activity.id(), "activity.id"), activity.prisonCode(),
                    activity.summary(), activity.category() == null ? null : activity.category().code(),
                    activity.payPerSession(), Boolean.TRUE.equals(activity.outsideWork()), description,
                    internalLocation == null ? null : internalLocation.id(),
                    internalLocation == null ? null : internalLocation.dpsLocationId(),
                    Objects.requireNonNull(capacity, "capacity"), startDate, endDate,
                    Boolean.TRUE.equals(runsOnBankHoliday),
                    Objects.requireNonNullElse(slots, List.<SlotDto>of()).stream().map(SlotDto::toDomain).toList(),
                    Objects.requireNonNullElse(instances, List.<SessionDto>of()).stream()
                            .map(i -> i.toDomain(scheduleId)).toList());
        }
    }

    private record PayBandDto(Integer nomisPayBand) {
    }

    /** {@code ActivityPay}. */
    private record PayDto(String incentiveNomisCode, PayBandDto prisonPayBand, Integer rate, LocalDate startDate) {
        ActivityPay toDomain() {
            return new ActivityPay(incentiveNomisCode, Objects.requireNonNull(prisonPayBand, "prisonPayBand")
                    .nomisPayBand(), rate == null ? 0 : rate, startDate);
        }
    }

    /** {@code Activity}: only its pay is read. */
    private record ActivityDto(List<PayDto> pay) {
        List<ActivityPay> toDomain() {
            return Objects.requireNonNullElse(pay, List.<PayDto>of()).stream().map(PayDto::toDomain).toList();
        }
    }

    private record ScheduleRefDto(Long id) {
    }

    /** {@code ActivityScheduleInstance}. */
    private record InstanceDto(Long id, LocalDate date, LocalTime startTime, LocalTime endTime, Boolean cancelled,
                               ScheduleRefDto activitySchedule) {
        ScheduledInstance toDomain() {
            return new ScheduledInstance(required(id, "id"), required(Objects.requireNonNull(activitySchedule,
                    "activitySchedule").id(), "activitySchedule.id"), date, startTime, endTime,
                    Boolean.TRUE.equals(cancelled));
        }
    }

    /** {@code Slot} of an allocation's exclusions. */
    private record ExclusionDto(Integer weekNumber, String timeSlot, Boolean monday, Boolean tuesday,
                                Boolean wednesday, Boolean thursday, Boolean friday, Boolean saturday,
                                Boolean sunday) {
        ExcludedSlot toDomain() {
            return new ExcludedSlot(Objects.requireNonNull(weekNumber, "weekNumber"), timeSlot,
                    days(monday, tuesday, wednesday, thursday, friday, saturday, sunday));
        }
    }

    private record ReasonDto(String code, String description) {
    }

    /** {@code Allocation}. */
    private record AllocationDto(Long id, String prisonerNumber, Long bookingId, Long scheduleId, String status,
                                 PayBandDto prisonPayBand, LocalDate startDate, LocalDate endDate,
                                 ReasonDto deallocatedReason, String suspendedReason,
                                 List<ExclusionDto> exclusions) {
        Allocation toDomain() {
            return new Allocation(required(id, "id"), prisonerNumber, required(bookingId, "bookingId"),
                    required(scheduleId, "scheduleId"), status,
                    prisonPayBand == null ? null : prisonPayBand.nomisPayBand(),
                    startDate, endDate, deallocatedReason == null ? null : deallocatedReason.description(),
                    suspendedReason, Objects.requireNonNullElse(exclusions, List.<ExclusionDto>of()).stream()
                    .map(ExclusionDto::toDomain).toList());
        }
    }

    /** {@code BookingCount}. */
    private record BookingCountDto(Long bookingId, Long count) {
        BookingCount toDomain() {
            return new BookingCount(required(bookingId, "bookingId"), required(count, "count"));
        }
    }

    /** {@code AllocationReconciliationResponse} and {@code AttendanceReconciliationResponse}: their bookings. */
    private record CountsDto(String prisonCode, LocalDate date, List<BookingCountDto> bookings) {
        List<BookingCount> toDomain() {
            return Objects.requireNonNull(bookings, "bookings").stream().map(BookingCountDto::toDomain).toList();
        }
    }

    /** {@code PrisonerAllocations}. */
    private record PrisonerAllocationsDto(String prisonerNumber, List<AllocationDto> allocations) {
    }

    /** {@code AllAttendance}: what finds a prisoner's attendances of the day. */
    private record DailyAttendanceDto(Long attendanceId, String prisonerNumber, Long scheduledInstanceId) {
        DailyAttendance toDomain() {
            return new DailyAttendance(required(attendanceId, "attendanceId"), prisonerNumber,
                    required(scheduledInstanceId, "scheduledInstanceId"));
        }
    }

    /** {@code AttendanceSync}. */
    private record AttendanceDto(Long attendanceId, Long scheduledInstanceId, Long activityScheduleId,
                                 LocalDate sessionDate, LocalTime sessionStartTime, LocalTime sessionEndTime,
                                 String prisonerNumber, Long bookingId, String attendanceReasonCode, String comment,
                                 String status, Integer payAmount, Integer bonusAmount, Boolean issuePayment) {
        AttendanceSync toDomain() {
            return new AttendanceSync(required(attendanceId, "attendanceId"), required(scheduledInstanceId,
                    "scheduledInstanceId"), required(activityScheduleId, "activityScheduleId"), sessionDate,
                    sessionStartTime, sessionEndTime, prisonerNumber, required(bookingId, "bookingId"),
                    attendanceReasonCode, comment, status, payAmount, bonusAmount, issuePayment);
        }
    }
}
