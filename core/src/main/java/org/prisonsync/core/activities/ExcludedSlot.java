package org.prisonsync.core.activities;

import java.time.DayOfWeek;
import java.util.Objects;
import java.util.Set;

/** A session a DPS allocation excludes the prisoner from ({@code Slot}): a time slot on some days of a week. */
public record ExcludedSlot(int weekNumber, String timeSlot, Set<DayOfWeek> days) {
    public ExcludedSlot {
        if (weekNumber <= 0) {
            throw new IllegalArgumentException("weekNumber must be positive, was " + weekNumber);
        }
        Activities.requireTimeSlot(timeSlot, "exclusions.timeSlot");
        days = Set.copyOf(Objects.requireNonNull(days, "days"));
    }
}
