package org.prisonsync.core.activities;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * DPS excludes sessions per week and slot; NOMIS per day and slot, with a whole day written once without a slot.
 * So every excluded (day, slot) of any week is kept once, and a day with all three sessions excluded becomes one
 * full-day exclusion, as upstream consolidates it.
 */
final class AllocationExclusions {
    private AllocationExclusions() {
    }

    static List<AllocationExclusion> of(List<ExcludedSlot> slots) {
        Map<DayOfWeek, Set<String>> byDay = new EnumMap<>(DayOfWeek.class);
        for (ExcludedSlot slot : slots) {
            for (DayOfWeek day : slot.days()) {
                byDay.computeIfAbsent(day, d -> new TreeSet<>()).add(slot.timeSlot());
            }
        }
        List<AllocationExclusion> exclusions = new ArrayList<>();
        byDay.forEach((day, sessions) -> {
            if (sessions.containsAll(Activities.TIME_SLOTS)) {
                exclusions.add(new AllocationExclusion(day, null));
            } else {
                sessions.forEach(session -> exclusions.add(new AllocationExclusion(day, session)));
            }
        });
        return exclusions;
    }
}
