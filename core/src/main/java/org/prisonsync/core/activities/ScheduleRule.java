package org.prisonsync.core.activities;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/** NOMIS's {@code ScheduleRuleRequest}: a start and end time on some days of the week. */
public record ScheduleRule(LocalTime startTime, LocalTime endTime, Set<DayOfWeek> days) {
    public ScheduleRule {
        Activities.requireTimes(startTime, endTime);
        days = Set.copyOf(Objects.requireNonNull(days, "days"));
    }

    public boolean on(DayOfWeek day) {
        return days.contains(day);
    }
}
