package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What prison-sync asks NOMIS to hold of a course activity: {@code CreateActivityRequest} on create (with the
 * {@code code} and {@code prisonId} it is created under) and {@code UpdateActivityRequest} on amend (which carries
 * neither). Made from a DPS schedule and its activity's pay with {@link CourseActivities#request}.
 */
public record CourseActivityRequest(String code, String prisonId, LocalDate startDate, LocalDate endDate,
                                    Long internalLocationId, int capacity, List<PayRate> payRates,
                                    String description, String programCode, String payPerSession,
                                    List<CourseSchedule> schedules, List<ScheduleRule> scheduleRules,
                                    boolean excludeBankHolidays, boolean outsideWork) {
    public CourseActivityRequest {
        Activities.requireCode(code, 40, "code");
        Activities.requireCode(prisonId, 6, "prisonId");
        Objects.requireNonNull(startDate, "startDate");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("endDate " + endDate + " is before startDate " + startDate);
        }
        payRates = List.copyOf(Objects.requireNonNull(payRates, "payRates"));
        Activities.requireCode(description, 40, "description");
        Activities.requireCode(programCode, 20, "programCode");
        Objects.requireNonNull(payPerSession, "payPerSession");
        schedules = List.copyOf(Objects.requireNonNull(schedules, "schedules"));
        scheduleRules = List.copyOf(Objects.requireNonNull(scheduleRules, "scheduleRules"));
    }
}
