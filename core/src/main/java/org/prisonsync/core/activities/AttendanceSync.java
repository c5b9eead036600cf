package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.prisonsync.core.message.Ids;

/**
 * What DPS says NOMIS needs to hold of one attendance ({@code GET /synchronisation/attendance/{attendanceId}},
 * {@code AttendanceSync}): the session, the prisoner's booking, status ({@code WAITING} or {@code COMPLETED}),
 * reason, pay in pence.
 */
public record AttendanceSync(long attendanceId, long scheduledInstanceId, long activityScheduleId,
                             LocalDate sessionDate, LocalTime sessionStartTime, LocalTime sessionEndTime,
                             String prisonerNumber, long bookingId, String attendanceReasonCode, String comment,
                             String status, Integer payAmount, Integer bonusAmount, Boolean issuePayment) {
    public AttendanceSync {
        Activities.requirePositive(attendanceId, "attendanceId");
        Activities.requirePositive(scheduledInstanceId, "scheduledInstanceId");
        Activities.requirePositive(activityScheduleId, "activityScheduleId");
        Activities.requirePositive(bookingId, "bookingId");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Activities.requireTimes(sessionStartTime, sessionEndTime);
        if (!Ids.isPrisonerNumber(prisonerNumber)) {
            throw new IllegalArgumentException("not a prisoner number: " + Ids.quote(prisonerNumber));
        }
        Objects.requireNonNull(status, "status");
    }
}
