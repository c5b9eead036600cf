package org.prisonsync.core.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * NOMIS's {@code UpsertAttendanceRequest}: the session's date and times, the event status ({@code SCH} scheduled,
 * {@code COMP} completed, {@code CANC} cancelled) and outcome, whether it is paid, and any bonus in pounds. Made from
 * DPS's {@link AttendanceSync} with {@link AttendanceOutcomes#request}.
 */
public record AttendanceRequest(LocalDate scheduleDate, LocalTime startTime, LocalTime endTime,
                                String eventStatusCode, String eventOutcomeCode, String comments,
                                Boolean unexcusedAbsence, Boolean authorisedAbsence, Boolean paid,
                                BigDecimal bonusPay) {
    public AttendanceRequest {
        Objects.requireNonNull(scheduleDate, "scheduleDate");
        Activities.requireTimes(startTime, endTime);
        Activities.requireCode(eventStatusCode, 12, "eventStatusCode");
    }
}
