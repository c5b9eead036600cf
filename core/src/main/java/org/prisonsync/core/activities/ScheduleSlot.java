package org.prisonsync.core.activities;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * One slot of a DPS activity schedule ({@code ActivityScheduleSlot}): a time of day on some days of a week of the
 * schedule. NOMIS holds the same as a schedule rule.
 */
public record ScheduleSlot(int weekNumber, String timeSlot, LocalTime startTime, LocalTime endTime,
                           Set<DayOfWeek> days) {
    public ScheduleSlot {
        if (weekNumber <= 0) {
            throw new IllegalArgumentException("weekNumber must be positive, was " + weekNumber);
        }
        Activities.requireTimeSlot(timeSlot, "timeSlot");
        Activities.requireTimes(startTime, endTime);
        days = Set.copyOf(Objects.requireNonNull(days, "days"));
    }
}
