package org.prisonsync.core.activities;

import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;

/**
 * NOMIS refusals that mean the target is already in the state the update asks for (issue 12: "a no-op success, not
 * a DLQ message"), each with the reason its {@code …-ignored} telemetry names. Only these are recognised; every other
 * refusal stays a failure on the retry ladder, since ignoring a refusal that is not a no-op would lose an update.
 *
 * <ul>
 *   <li>{@link #ALLOCATION_ALREADY_ENDED}: DPS ends an allocation, and NOMIS answers 400 "Prisoner is at prison=…,
 *   not the Course activity prison=…". NOMIS's upsert looks only for the booking's {@code ALLOC} program profile and,
 *   finding none, tries a new one, which it refuses for a prisoner no longer at the course's prison: NOMIS ended the
 *   allocation itself when the prisoner was released or transferred. The same answer to an allocation DPS still holds
 *   active is a real difference and is not ignored.</li>
 *   <li>{@link #COURSE_SCHEDULE_DELETED}: a scheduled instance's amend names its mapped course schedule and NOMIS
 *   answers 404 while the course activity still exists: a later schedule amend, processed first, removed the session
 *   (seed 000, "Scheduled instance update errors": "Nomis reflects reality … should be a no-op").</li>
 * </ul>
 * (NOMIS's attendance refusals {@code ATTENDANCE_PAID} and {@code PRISONER_MOVED_ALLOCATION_ENDED} carry error codes
 * and are values of the port: {@link AttendanceUpsert.Refused}.)
 */
final class AlreadyInState {
    static final String ALLOCATION_ALREADY_ENDED = "ALLOCATION_ALREADY_ENDED";
    static final String COURSE_SCHEDULE_DELETED = "COURSE_SCHEDULE_DELETED";

    /** NOMIS's words for a new program profile refused because the prisoner is at another prison. */
    private static final String PRISONER_ELSEWHERE = "Prisoner is at prison=";

    private AlreadyInState() {
    }

    /** The reason NOMIS's refusal of {@code request} is a no-op, if it is one. */
    static Optional<String> ofAllocation(AllocationRequest request, UpstreamRejected refusal) {
        boolean ending = "END".equals(request.programStatusCode());
        return ending && refusal.status() == 400 && String.valueOf(refusal.getMessage()).contains(PRISONER_ELSEWHERE)
                ? Optional.of(ALLOCATION_ALREADY_ENDED) : Optional.empty();
    }

    /**
     * The reason NOMIS's refusal to write a mapped course schedule is a no-op, if it is one: a 404 while NOMIS still
     * holds the course activity ({@code courseActivityExists} asks it only then).
     */
    static Optional<String> ofCourseSchedule(boolean mapped, UpstreamRejected refusal,
                                             java.util.function.BooleanSupplier courseActivityExists) {
        return mapped && refusal.status() == 404 && courseActivityExists.getAsBoolean()
                ? Optional.of(COURSE_SCHEDULE_DELETED) : Optional.empty();
    }
}
