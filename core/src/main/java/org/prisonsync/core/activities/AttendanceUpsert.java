package org.prisonsync.core.activities;

/**
 * What NOMIS answered an attendance upsert: written, or one of the two refusals upstream treats as nothing to do
 * (400 with {@code errorCode} 1001 {@code ATTENDANCE_PAID}: payroll has run; 1002
 * {@code PRISONER_MOVED_ALLOCATION_ENDED}: the prisoner moved and the allocation ended).
 */
public sealed interface AttendanceUpsert {

    /** {@code UpsertAttendanceResponse}. */
    record Upserted(long eventId, long courseScheduleId, boolean created, String prisonId) implements AttendanceUpsert {
    }

    /** NOMIS refused with one of upstream's ignorable error codes; {@code message} is NOMIS's. */
    record Refused(Reason reason, String message) implements AttendanceUpsert {
    }

    /** The ignorable refusals and their NOMIS error codes. */
    enum Reason {
        ATTENDANCE_PAID(1001),
        PRISONER_MOVED_ALLOCATION_ENDED(1002);

        private final int errorCode;

        Reason(int errorCode) {
            this.errorCode = errorCode;
        }

        public int errorCode() {
            return errorCode;
        }

        /** The reason NOMIS's {@code ErrorResponse.errorCode} names, if it is one of these. */
        public static java.util.Optional<Reason> ofErrorCode(Integer code) {
            for (Reason reason : values()) {
                if (code != null && reason.errorCode == code) {
                    return java.util.Optional.of(reason);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
