package org.prisonsync.simulator.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.activities.ActivityPay;
import org.prisonsync.core.activities.ActivitySchedule;
import org.prisonsync.core.activities.Allocation;
import org.prisonsync.core.activities.AttendanceSync;
import org.prisonsync.core.activities.BookingCount;
import org.prisonsync.core.activities.inmemory.DpsReconciliationCounts;
import org.prisonsync.core.activities.ScheduledInstance;
import org.prisonsync.simulator.EventPublisher;
import org.prisonsync.simulator.store.EntityStore;

/**
 * The DPS activities API's state: schedules (with their instances), activities' pay, allocations and attendances,
 * each in an entity store. Every change made here publishes the event the activities API publishes for it, on the
 * queue of {@value ActivitiesSimulation#TO_NOMIS_QUEUE}.
 */
public final class DpsActivities {
    private record Pay(long activityId, List<ActivityPay> rates) {
    }

    private final EntityStore<Long, ActivitySchedule> schedules = EntityStore.keyedBy(ActivitySchedule::id);
    private final EntityStore<Long, Pay> pay = EntityStore.keyedBy(Pay::activityId);
    private final EntityStore<Long, Allocation> allocations = EntityStore.keyedBy(Allocation::id);
    private final EntityStore<Long, AttendanceSync> attendances = EntityStore.keyedBy(AttendanceSync::attendanceId);
    /** The store keeps every entity; a deleted attendance is one DPS no longer answers for. */
    private final java.util.Set<Long> deleted = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final EventPublisher events;
    private final Clock clock;

    DpsActivities(EventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** A new schedule of an activity paid at {@code rates}: {@code activities.activity-schedule.created}. */
    public ActivitySchedule createSchedule(ActivitySchedule schedule, List<ActivityPay> rates) {
        pay.put(new Pay(schedule.activityId(), List.copyOf(rates)));
        schedules.put(schedule);
        publish("activities.activity-schedule.created", "An activity schedule has been created",
                Map.of("activityScheduleId", schedule.id()));
        return schedule;
    }

    /** The schedule as it is now: {@code activities.activity-schedule.amended}. */
    public ActivitySchedule amendSchedule(ActivitySchedule schedule) {
        schedules.put(schedule);
        publish("activities.activity-schedule.amended", "An activity schedule has been updated",
                Map.of("activityScheduleId", schedule.id()));
        return schedule;
    }

    public Allocation allocate(Allocation allocation) {
        allocations.put(allocation);
        publish("activities.prisoner.allocated", "A prisoner has been allocated to an activity",
                Map.of("scheduleId", allocation.scheduleId(), "allocationId", allocation.id()));
        return allocation;
    }

    public Allocation amendAllocation(Allocation allocation) {
        allocations.put(allocation);
        publish("activities.prisoner.allocation-amended", "A prisoner allocation has been amended",
                Map.of("allocationId", allocation.id()));
        return allocation;
    }

    public AttendanceSync recordAttendance(AttendanceSync attendance) {
        attendances.put(attendance);
        deleted.remove(attendance.attendanceId());
        publish("activities.prisoner.attendance-created", "A prisoner attendance has been created",
                Map.of("attendanceId", attendance.attendanceId()));
        return attendance;
    }

    public AttendanceSync amendAttendance(AttendanceSync attendance) {
        attendances.put(attendance);
        publish("activities.prisoner.attendance-amended", "A prisoner attendance has been amended",
                Map.of("attendanceId", attendance.attendanceId()));
        return attendance;
    }

    /** Gone from DPS, so the event names the session and booking: {@code …attendance-deleted}. */
    public void deleteAttendance(AttendanceSync attendance) {
        deleted.add(attendance.attendanceId());
        publish("activities.prisoner.attendance-deleted", "A prisoner attendance has been deleted",
                Map.of("scheduledInstanceId", attendance.scheduledInstanceId(), "bookingId", attendance.bookingId()));
    }

    /** DPS created or changed a schedule but its event was lost: the state changes, nothing is published. */
    public ActivitySchedule putScheduleWithoutEvent(ActivitySchedule schedule, List<ActivityPay> rates) {
        pay.put(new Pay(schedule.activityId(), List.copyOf(rates)));
        schedules.put(schedule);
        return schedule;
    }

    /** DPS changed an allocation but its event was lost: the state changes, nothing is published. */
    public Allocation putAllocationWithoutEvent(Allocation allocation) {
        allocations.put(allocation);
        return allocation;
    }

    /** DPS changed an attendance but its event was lost: the state changes, nothing is published. */
    public AttendanceSync putAttendanceWithoutEvent(AttendanceSync attendance) {
        attendances.put(attendance);
        deleted.remove(attendance.attendanceId());
        return attendance;
    }

    /** The reconciliation counts, counted as core's twin counts them. */
    public List<BookingCount> allocationCounts(String prisonCode, boolean suspendedOnly) {
        return DpsReconciliationCounts.allocations(allocations.all(), this::prisonOf, prisonCode, suspendedOnly);
    }

    public List<BookingCount> attendanceCounts(String prisonCode, LocalDate date) {
        return DpsReconciliationCounts.attendances(liveAttendances(), this::prisonOf, prisonCode, date);
    }

    public List<Allocation> prisonerAllocations(String prisonCode, String prisonerNumber) {
        return DpsReconciliationCounts.prisonerAllocations(allocations.all(), this::prisonOf, prisonCode,
                prisonerNumber);
    }

    public List<AttendanceSync> attendancesOfDay(String prisonCode, LocalDate date) {
        return liveAttendances().stream().filter(a -> date.equals(a.sessionDate())
                && prisonCode.equals(prisonOf(a.activityScheduleId())))
                .sorted(java.util.Comparator.comparingLong(AttendanceSync::attendanceId)).toList();
    }

    private List<AttendanceSync> liveAttendances() {
        return attendances.all().stream().filter(a -> !deleted.contains(a.attendanceId())).toList();
    }

    private String prisonOf(long scheduleId) {
        return schedules.find(scheduleId).map(ActivitySchedule::prisonCode).orElse(null);
    }

    public Optional<ActivitySchedule> schedule(long id) {
        return schedules.find(id);
    }

    public Optional<List<ActivityPay>> payOf(long activityId) {
        return pay.find(activityId).map(Pay::rates);
    }

    public Optional<ScheduledInstance> instance(long id) {
        return schedules.all().stream().flatMap(s -> s.instances().stream()).filter(i -> i.id() == id).findFirst();
    }

    public Optional<Allocation> allocation(long id) {
        return allocations.find(id);
    }

    public Optional<AttendanceSync> attendance(long id) {
        return deleted.contains(id) ? Optional.empty() : attendances.find(id);
    }

    public int scheduleCount() {
        return schedules.size();
    }

    private void publish(String eventType, String description, Map<String, Object> info) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1.0");
        message.put("description", description);
        message.put("occurredAt", OffsetDateTime.now(clock).toString());
        message.put("additionalInformation", info);
        events.publish(ActivitiesSimulation.TO_NOMIS_QUEUE, eventType, message);
    }
}
