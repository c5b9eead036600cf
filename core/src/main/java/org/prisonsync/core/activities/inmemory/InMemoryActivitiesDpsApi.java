package org.prisonsync.core.activities.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.prisonsync.core.activities.ActivitiesDpsApi;
import org.prisonsync.core.activities.ActivityPay;
import org.prisonsync.core.activities.ActivitySchedule;
import org.prisonsync.core.activities.Allocation;
import org.prisonsync.core.activities.AttendanceSync;
import org.prisonsync.core.activities.BookingCount;
import org.prisonsync.core.activities.DailyAttendance;
import org.prisonsync.core.activities.ScheduledInstance;

/**
 * The DPS activities API in memory: schedules (with their instances), activities' pay, allocations and attendances
 * as they are put. A schedule is read with only its instances on or after the earliest session date asked for, as
 * DPS filters it. The reconciliation answers are counted from what is held ({@link DpsReconciliationCounts}).
 * Thread-safe.
 */
public final class InMemoryActivitiesDpsApi implements ActivitiesDpsApi {
    private final Map<Long, ActivitySchedule> schedules = new ConcurrentHashMap<>();
    private final Map<Long, List<ActivityPay>> pay = new ConcurrentHashMap<>();
    private final Map<Long, Allocation> allocations = new ConcurrentHashMap<>();
    private final Map<Long, AttendanceSync> attendances = new ConcurrentHashMap<>();

    public ActivitySchedule putSchedule(ActivitySchedule schedule) {
        schedules.put(schedule.id(), schedule);
        return schedule;
    }

    /** Changes a schedule as DPS would; empty when there is none. */
    public Optional<ActivitySchedule> changeSchedule(long id, UnaryOperator<ActivitySchedule> change) {
        return Optional.ofNullable(schedules.computeIfPresent(id, (k, s) -> change.apply(s)));
    }

    public void putActivityPay(long activityId, List<ActivityPay> rates) {
        pay.put(activityId, List.copyOf(rates));
    }

    public Allocation putAllocation(Allocation allocation) {
        allocations.put(allocation.id(), allocation);
        return allocation;
    }

    public AttendanceSync putAttendance(AttendanceSync attendance) {
        attendances.put(attendance.attendanceId(), attendance);
        return attendance;
    }

    public void removeAttendance(long attendanceId) {
        attendances.remove(attendanceId);
    }

    public List<ActivitySchedule> schedules() {
        return new ArrayList<>(schedules.values());
    }

    @Override
    public Optional<ActivitySchedule> findSchedule(long scheduleId, LocalDate earliestSessionDate) {
        return Optional.ofNullable(schedules.get(scheduleId)).map(s -> from(s, earliestSessionDate));
    }

    @Override
    public Optional<List<ActivityPay>> findActivityPay(long activityId) {
        return Optional.ofNullable(pay.get(activityId));
    }

    @Override
    public Optional<ScheduledInstance> findScheduledInstance(long instanceId) {
        return schedules.values().stream().flatMap(s -> s.instances().stream())
                .filter(i -> i.id() == instanceId).findFirst();
    }

    @Override
    public Optional<Allocation> findAllocation(long allocationId) {
        return Optional.ofNullable(allocations.get(allocationId));
    }

    @Override
    public Optional<AttendanceSync> findAttendance(long attendanceId) {
        return Optional.ofNullable(attendances.get(attendanceId));
    }

    @Override
    public List<BookingCount> allocationCounts(String prisonCode) {
        return DpsReconciliationCounts.allocations(allocations.values(), this::prisonOf, prisonCode, false);
    }

    @Override
    public List<BookingCount> suspendedAllocationCounts(String prisonCode) {
        return DpsReconciliationCounts.allocations(allocations.values(), this::prisonOf, prisonCode, true);
    }

    @Override
    public List<BookingCount> attendanceCounts(String prisonCode, LocalDate date) {
        return DpsReconciliationCounts.attendances(attendances.values(), this::prisonOf, prisonCode, date);
    }

    @Override
    public List<Allocation> prisonerAllocations(String prisonCode, String prisonerNumber) {
        return DpsReconciliationCounts.prisonerAllocations(allocations.values(), this::prisonOf, prisonCode,
                prisonerNumber);
    }

    @Override
    public List<DailyAttendance> attendances(String prisonCode, LocalDate sessionDate) {
        return DpsReconciliationCounts.daily(attendances.values(), this::prisonOf, prisonCode, sessionDate);
    }

    private String prisonOf(long scheduleId) {
        ActivitySchedule schedule = schedules.get(scheduleId);
        return schedule == null ? null : schedule.prisonCode();
    }

    private static ActivitySchedule from(ActivitySchedule s, LocalDate earliest) {
        List<ScheduledInstance> instances = earliest == null ? s.instances()
                : s.instances().stream().filter(i -> !i.date().isBefore(earliest)).toList();
        return new ActivitySchedule(s.id(), s.activityId(), s.prisonCode(), s.summary(), s.categoryCode(),
                s.payPerSession(), s.outsideWork(), s.description(), s.internalLocationId(), s.dpsLocationId(),
                s.capacity(),
                s.startDate(), s.endDate(), s.runsOnBankHoliday(), s.slots(), instances);
    }
}
