package org.prisonsync.core.activities;

import java.math.BigDecimal;
import java.util.Map;
import org.prisonsync.core.message.Ids;

/**
 * How a DPS attendance reads in NOMIS. A {@code WAITING} attendance is a scheduled event ({@code SCH}) with no
 * outcome; a {@code COMPLETED} one is completed ({@code COMP}) with the NOMIS outcome of its reason, and a cancelled
 * session is {@code CANC}. It is paid when DPS pays it (an amount, or payment issued for sickness, rest or other);
 * DPS's bonus in pence is NOMIS's bonus in pounds. A reason NOMIS has no outcome for is refused: the attendance
 * cannot be written until someone decides what it means.
 */
public final class AttendanceOutcomes {
    /** DPS attendance reason → NOMIS event outcome, and whether NOMIS counts it unexcused / authorised. */
    private record Outcome(String code, boolean unexcused, boolean authorised) {
    }

    private static final Map<String, Outcome> BY_REASON = Map.of(
            "ATTENDED", new Outcome("ATT", false, false),
            "CANCELLED", new Outcome("CANC", false, true),
            "NOT_REQUIRED", new Outcome("NREQ", false, true),
            "REFUSED", new Outcome("REFUSED", true, false),
            "REST", new Outcome("REST", false, true),
            "SICK", new Outcome("REST", false, true),
            "SUSPENDED", new Outcome("SUS", false, true),
            "AUTO_SUSPENDED", new Outcome("SUS", false, true),
            "CLASH", new Outcome("ACCAB", false, true),
            "OTHER", new Outcome("ACCAB", false, true));

    private AttendanceOutcomes() {
    }

    /** Whether DPS pays the attendance: an amount, or payment issued (sickness, rest, other). NOMIS's pay flag. */
    public static boolean paid(AttendanceSync attendance) {
        return (attendance.payAmount() != null && attendance.payAmount() > 0)
                || Boolean.TRUE.equals(attendance.issuePayment());
    }

    /** @throws IllegalArgumentException for a status or reason NOMIS has no equivalent of */
    public static AttendanceRequest request(AttendanceSync attendance) {
        boolean paid = paid(attendance);
        BigDecimal bonus = attendance.bonusAmount() == null ? null
                : BigDecimal.valueOf(attendance.bonusAmount()).movePointLeft(2);
        return switch (attendance.status()) {
            case "WAITING" -> new AttendanceRequest(attendance.sessionDate(), attendance.sessionStartTime(),
                    attendance.sessionEndTime(), "SCH", null, attendance.comment(), null, null, paid, bonus);
            case "COMPLETED" -> completed(attendance, paid, bonus);
            default -> throw new IllegalArgumentException("attendance " + attendance.attendanceId()
                    + " has a status NOMIS has no event status for: " + Ids.quote(attendance.status()));
        };
    }

    private static AttendanceRequest completed(AttendanceSync attendance, boolean paid, BigDecimal bonus) {
        Outcome outcome = BY_REASON.get(attendance.attendanceReasonCode());
        if (outcome == null) {
            throw new IllegalArgumentException("attendance " + attendance.attendanceId()
                    + " has a reason NOMIS has no outcome for: " + Ids.quote(attendance.attendanceReasonCode()));
        }
        String status = "CANC".equals(outcome.code()) ? "CANC" : "COMP";
        return new AttendanceRequest(attendance.sessionDate(), attendance.sessionStartTime(),
                attendance.sessionEndTime(), status, outcome.code(), attendance.comment(), outcome.unexcused(),
                outcome.authorised(), paid, bonus);
    }
}
