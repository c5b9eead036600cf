package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.prisonsync.core.message.Ids;

/**
 * A DPS activity schedule ({@code GET /schedules/{scheduleId}}), with what NOMIS needs of its activity
 * ({@code ActivityLite}: prison, summary, category, half or full day, outside work). {@code internalLocationId} is
 * the NOMIS internal location the schedule names (null for in-cell, on-wing or off-wing activities);
 * {@code dpsLocationId} is the same location's DPS uuid ({@code internalLocation.dpsLocationId}), when DPS has one,
 * which NOMIS is written through the mapping service's location mapping rather than DPS's copy of the NOMIS id.
 */
public record ActivitySchedule(long id, long activityId, String prisonCode, String summary, String categoryCode,
                               String payPerSession, boolean outsideWork, String description,
                               Long internalLocationId, String dpsLocationId, int capacity, LocalDate startDate, LocalDate endDate,
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
        if (dpsLocationId != null && !Ids.isTextId(dpsLocationId)) {
            throw new IllegalArgumentException("internalLocation.dpsLocationId is not a uuid: "
                    + Ids.quote(dpsLocationId));
        }
        if (dpsLocationId != null && internalLocationId == null) {
            // DPS's InternalLocation always carries the NOMIS id beside the optional uuid.
            throw new IllegalArgumentException("internalLocation.dpsLocationId without internalLocation.id");
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

    /** A schedule whose location DPS names by its NOMIS id only (no DPS location uuid), as before DPS locations. */
    public ActivitySchedule(long id, long activityId, String prisonCode, String summary, String categoryCode,
                            String payPerSession, boolean outsideWork, String description, Long internalLocationId,
                            int capacity, LocalDate startDate, LocalDate endDate, boolean runsOnBankHoliday,
                            List<ScheduleSlot> slots, List<ScheduledInstance> instances) {
        this(id, activityId, prisonCode, summary, categoryCode, payPerSession, outsideWork, description,
                internalLocationId, null, capacity, startDate, endDate, runsOnBankHoliday, slots, instances);
    }

    /** This schedule at another location: NOMIS id {@code internalLocationId}, DPS uuid {@code dpsLocationId}. */
    public ActivitySchedule at(Long internalLocationId, String dpsLocationId) {
        return new ActivitySchedule(id, activityId, prisonCode, summary, categoryCode, payPerSession, outsideWork,
                description, internalLocationId, dpsLocationId, capacity, startDate, endDate, runsOnBankHoliday, slots,
                instances);
    }
}
