package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A NOMIS course activity as {@code GET /activities/{courseActivityId}} reads it ({@code GetActivityResponse}). */
public record NomisCourseActivity(long courseActivityId, String prisonId, String programCode, String description,
                                  int capacity, LocalDate startDate, LocalDate endDate, Long internalLocationId,
                                  List<PayRate> payRates, List<ScheduleRule> scheduleRules) {
    public NomisCourseActivity {
        Activities.requirePositive(courseActivityId, "courseActivityId");
        Objects.requireNonNull(prisonId, "prisonId");
        payRates = List.copyOf(Objects.requireNonNullElse(payRates, List.of()));
        scheduleRules = List.copyOf(Objects.requireNonNullElse(scheduleRules, List.of()));
    }
}
