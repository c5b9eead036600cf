package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One session of a DPS activity schedule ({@code ScheduledInstance}, {@code ActivityScheduleInstance}): NOMIS holds
 * it as a course schedule, matched by date, start and end time.
 */
public record ScheduledInstance(long id, long activityScheduleId, LocalDate date, LocalTime startTime,
                                LocalTime endTime, boolean cancelled) {
    public ScheduledInstance {
        Activities.requirePositive(id, "scheduled instance id");
        Activities.requirePositive(activityScheduleId, "activityScheduleId");
        Objects.requireNonNull(date, "date");
        Activities.requireTimes(startTime, endTime);
    }

    /** The same session as a NOMIS course schedule: same day, same times. */
    public boolean sameSessionAs(NomisCourseSchedule schedule) {
        return date.equals(schedule.date()) && startTime.equals(schedule.startTime())
                && endTime.equals(schedule.endTime());
    }
}
