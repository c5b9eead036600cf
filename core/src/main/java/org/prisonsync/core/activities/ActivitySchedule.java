package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A DPS activity schedule ({@code GET /schedules/{scheduleId}}), with what NOMIS needs of its activity
 * ({@code ActivityLite}: prison, summary, category, half or full day, outside work). {@code internalLocationId} is
 * the NOMIS internal location the schedule names (null for in-cell, on-wing or off-wing activities).
 */
public record ActivitySchedule(long id, long activityId, String prisonCode, String summary, String categoryCode,
                               String payPerSession, boolean outsideWork, String description,
                               Long internalLocationId, int capacity, LocalDate startDate, LocalDate endDate,
                               boolean runsOnBankHoliday, List<ScheduleSlot> slots,
                               List<ScheduledInstance> instances) {
    public ActivitySchedule {
        Activities.requirePositive(id, "activity schedule id");
        Activities.requirePositive(activityId, "activityId");
        Activities.requireCode(prisonCode, 6, "prisonCode");
        Objects.requireNonNull(summary, "summary");
        Activities.requireCode(categoryCode, 20, "category.code");
        if (!"H".equals(payPerSession) && !"F".equals(payPerSession)) {
            throw new IllegalArgumentException("payPerSession is not H or F: " + payPerSession);
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
        }
        Objects.requireNonNull(startDate, "startDate");
        slots = List.copyOf(Objects.requireNonNull(slots, "slots"));
        instances = List.copyOf(Objects.requireNonNull(instances, "instances"));
        for (ScheduledInstance instance : instances) {
            if (instance.activityScheduleId() != id) {
                throw new IllegalArgumentException("scheduled instance " + instance.id() + " belongs to schedule "
                        + instance.activityScheduleId() + ", not " + id);
            }
        }
    }
}
