package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The DPS activities API, read only.
 *
 * <p>Contract: lookups are empty on 404. A schedule lists only its scheduled instances on or after
 * {@code earliestSessionDate} (upstream asks from today: past sessions are NOMIS's history). Unreachable / 5xx /
 * timeouts throw {@link org.prisonsync.core.UpstreamUnavailable} (retryable); other refusals
 * {@link org.prisonsync.core.UpstreamRejected}.
 */
public interface ActivitiesDpsApi {

    /** {@code GET /schedules/{scheduleId}?earliestSessionDate=}. */
    Optional<ActivitySchedule> findSchedule(long scheduleId, LocalDate earliestSessionDate);

    /**
     * The pay rates of an activity: {@code GET /activities/{activityId}/filtered?includeScheduledInstances=false},
     * its {@code pay}; empty when there is no such activity.
     */
    Optional<List<ActivityPay>> findActivityPay(long activityId);

    /** {@code GET /scheduled-instances/{instanceId}}. */
    Optional<ScheduledInstance> findScheduledInstance(long instanceId);

    /** {@code GET /allocations/id/{allocationId}}. */
    Optional<Allocation> findAllocation(long allocationId);

    /** {@code GET /synchronisation/attendance/{attendanceId}}. */
    Optional<AttendanceSync> findAttendance(long attendanceId);
}
