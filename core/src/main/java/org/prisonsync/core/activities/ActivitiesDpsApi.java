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

    /**
     * {@code GET /synchronisation/reconciliation/allocations/{prisonCode}}: each booking's allocations currently
     * active at the prison (every status but {@code ENDED}, as NOMIS holds them {@code ALLOC}).
     */
    List<BookingCount> allocationCounts(String prisonCode);

    /** {@code GET /synchronisation/reconciliation/suspended-allocations/{prisonCode}}: each booking's suspended ones. */
    List<BookingCount> suspendedAllocationCounts(String prisonCode);

    /** {@code GET /synchronisation/reconciliation/attendances/{prisonCode}?date=}: each booking's paid attendances. */
    List<BookingCount> attendanceCounts(String prisonCode, LocalDate date);

    /**
     * {@code POST /prisons/{prisonCode}/prisoner-allocations?activeOnly=false} for one prisoner: every allocation of
     * theirs at the prison, ended ones too (a repair re-synchronises those NOMIS still holds active).
     */
    List<Allocation> prisonerAllocations(String prisonCode, String prisonerNumber);

    /** {@code GET /attendances/{prisonCode}/{sessionDate}}: the prison's attendances of the day. */
    List<DailyAttendance> attendances(String prisonCode, LocalDate sessionDate);
}
