package org.prisonsync.core.activities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * A DPS schedule as a NOMIS course activity: the code {@code <activityId>-<scheduleId>}, the schedule's description
 * (NOMIS keeps 40 characters), its location, capacity and dates, the activity's category as program code, pay in
 * pounds, one schedule rule per distinct slot time and days, and one course schedule per scheduled instance, with
 * the NOMIS id of every instance already mapped so NOMIS updates rather than adds it.
 */
public final class CourseActivities {
    static final int MAX_DESCRIPTION = 40;

    private CourseActivities() {
    }

    /**
     * The request at the NOMIS location DPS's schedule carries as a NOMIS id ({@code internalLocation.id}); the sync
     * uses {@link #request(ActivitySchedule, List, Long, LongFunction)} with the location translated from DPS's uuid.
     *
     * @param courseScheduleOf the mapped NOMIS course schedule of a scheduled instance, if any
     */
    public static CourseActivityRequest request(ActivitySchedule schedule, List<ActivityPay> pay,
                                                LongFunction<Optional<Long>> courseScheduleOf) {
        return request(schedule, pay, schedule.internalLocationId(), courseScheduleOf);
    }

    /**
     * @param nomisLocationId the NOMIS internal location to write (null: none, e.g. in cell)
     * @param courseScheduleOf the mapped NOMIS course schedule of a scheduled instance, if any
     */
    public static CourseActivityRequest request(ActivitySchedule schedule, List<ActivityPay> pay,
                                                Long nomisLocationId,
                                                LongFunction<Optional<Long>> courseScheduleOf) {
        Set<ScheduleRule> rules = new LinkedHashSet<>();
        for (ScheduleSlot slot : schedule.slots()) {
            rules.add(new ScheduleRule(slot.startTime(), slot.endTime(), slot.days()));
        }
        List<CourseSchedule> sessions = new ArrayList<>();
        for (ScheduledInstance instance : schedule.instances()) {
            sessions.add(new CourseSchedule(courseScheduleOf.apply(instance.id()).orElse(null), instance.date(),
                    instance.startTime(), instance.endTime(), instance.cancelled()));
        }
        return new CourseActivityRequest(schedule.activityId() + "-" + schedule.id(), schedule.prisonCode(),
                schedule.startDate(), schedule.endDate(), nomisLocationId, schedule.capacity(),
                pay.stream().map(PayRate::from).toList(), description(schedule), schedule.categoryCode(),
                schedule.payPerSession(), sessions, List.copyOf(rules), !schedule.runsOnBankHoliday(),
                schedule.outsideWork());
    }

    private static String description(ActivitySchedule schedule) {
        String text = schedule.description() == null || schedule.description().isBlank() ? schedule.summary()
                : schedule.description();
        text = text.isBlank() ? "Activity " + schedule.activityId() : text.strip();
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION);
    }
}
