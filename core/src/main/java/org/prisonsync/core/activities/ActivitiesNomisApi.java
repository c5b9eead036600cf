package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * NOMIS course activities, course schedules, allocations (offender program profiles) and attendances through the
 * NOMIS prisoner API.
 *
 * <p>Contract: {@link #createActivity} has no duplicate check (NOMIS has none, and no lookup by DPS id) and answers
 * the new course activity with every course schedule it created. {@link #upsertAllocation} and
 * {@link #upsertAttendance} find the row of their natural key (course activity + booking, course schedule + booking)
 * and update it, else insert one: NOMIS does this without a unique constraint, so callers must not run two upserts
 * of one key at once (the kit's {@link org.prisonsync.core.sync.UpsertFlow}). An attendance NOMIS refuses as paid or
 * as a moved prisoner's is a {@link AttendanceUpsert.Refused} value. Lookups and deletes of something absent answer
 * empty / false. Other refusals throw {@link org.prisonsync.core.UpstreamRejected} (an unknown course activity, a
 * booking without an allocation); unreachable / 5xx / timeouts {@link org.prisonsync.core.UpstreamUnavailable},
 * and an upsert whose key holds two rows (NOMIS's 500 "query did not return a unique result") its subclass
 * {@link NotUniqueInNomis}.
 */
public interface ActivitiesNomisApi {

    /** {@code POST /activities}. */
    CourseActivityWritten createActivity(CourseActivityRequest request);

    /** {@code PUT /activities/{courseActivityId}}: pay rates, rules and schedules as given; answers every schedule. */
    CourseActivityWritten updateActivity(long courseActivityId, CourseActivityRequest request);

    /** {@code GET /activities/{courseActivityId}}. */
    Optional<NomisCourseActivity> findActivity(long courseActivityId);

    /**
     * {@code DELETE /activities/{courseActivityId}}: the course activity with its pay rates, rules, course schedules,
     * allocations and attendances (upstream's data-fix endpoint). NOMIS answers 204 whether or not it had one.
     */
    void deleteActivity(long courseActivityId);

    /**
     * {@code GET /schedules/max-id}: the highest {@code CRS_SCH_ID} in NOMIS (0 when there is none), which upstream
     * serves so the mappings copied from production by a preprod refresh can be found.
     */
    long highestCourseScheduleId();

    /** {@code PUT /activities/{courseActivityId}/schedule}: one course schedule; answers its id. */
    long updateCourseSchedule(long courseActivityId, CourseSchedule schedule);

    /** {@code PUT /activities/{courseActivityId}/allocation}. */
    AllocationUpserted upsertAllocation(long courseActivityId, AllocationRequest request);

    /** {@code PUT /schedules/{courseScheduleId}/booking/{bookingId}/attendance}. */
    AttendanceUpsert upsertAttendance(long courseScheduleId, long bookingId, AttendanceRequest request);

    /** {@code DELETE /schedules/{courseScheduleId}/booking/{bookingId}/attendance}; false when there was none. */
    boolean deleteAttendance(long courseScheduleId, long bookingId);

    /**
     * {@code GET /allocations/ids?prisonId=&courseActivityId=}, every page: the ids ({@code OFF_PRGREF_ID}) of the
     * course activity's active program profiles, ascending. NOMIS serves no such read of attendances.
     */
    List<Long> activeAllocationIds(String prisonId, long courseActivityId);

    /** {@code GET /allocations/{allocationId}}; empty when NOMIS has no such program profile. */
    Optional<NomisAllocation> findAllocation(long allocationId);

    /**
     * {@code DELETE /allocations/{referenceId}}: the program profile with its pay bands and attendances (upstream's
     * data-fix endpoint). NOMIS answers 204 whether or not it had one.
     */
    void deleteAllocation(long referenceId);

    /** {@code DELETE /attendances/{eventId}}: one attendance row. NOMIS answers 204 whether or not it had one. */
    void deleteAttendanceEvent(long eventId);

    /**
     * {@code GET /agency-switches/ACTIVITY}: the prisons switched on for activities ({@code SERVICE_AGENCY_SWITCHES}),
     * their {@code agencyId}s.
     */
    List<String> activityPrisons();

    /**
     * {@code GET /allocations/reconciliation/{prisonId}?suspended=}: each booking's active ({@code ALLOC}) program
     * profiles at the prison, or only the suspended ones.
     */
    List<BookingCount> allocationCounts(String prisonId, boolean suspended);

    /** {@code GET /attendances/reconciliation/{prisonId}?date=}: each booking's attendances to pay on the day. */
    List<BookingCount> attendanceCounts(String prisonId, LocalDate date);

    /** {@code POST /prisoners/bookings}: who each booking belongs to and where they are; unknown bookings left out. */
    List<PrisonerDetails> prisonerDetails(List<Long> bookingIds);
}
