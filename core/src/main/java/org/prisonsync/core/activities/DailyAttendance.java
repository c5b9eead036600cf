package org.prisonsync.core.activities;

import org.prisonsync.core.message.Ids;

/**
 * One DPS attendance in a prison's list of a day ({@code GET /attendances/{prisonCode}/{sessionDate}},
 * {@code AllAttendance}): enough to find a prisoner's attendances of that day and re-synchronise each by its id.
 */
public record DailyAttendance(long attendanceId, String prisonerNumber, long scheduledInstanceId) {
    public DailyAttendance {
        Activities.requirePositive(attendanceId, "attendanceId");
        Activities.requirePositive(scheduledInstanceId, "scheduledInstanceId");
        if (!Ids.isPrisonerNumber(prisonerNumber)) {
            throw new IllegalArgumentException("not a prisoner number: " + Ids.quote(prisonerNumber));
        }
    }
}
