package org.prisonsync.core.activities;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * NOMIS's {@code AllocationExclusion}: a day and, unless the whole day is excluded, its session ({@code slot} null).
 */
public record AllocationExclusion(DayOfWeek day, String slot) {
    public AllocationExclusion {
        Objects.requireNonNull(day, "day");
        if (slot != null) {
            Activities.requireTimeSlot(slot, "slot");
        }
    }

    /** NOMIS's name of the day: {@code MON} … {@code SUN}. */
    public String dayCode() {
        return day.name().substring(0, 3);
    }
}
