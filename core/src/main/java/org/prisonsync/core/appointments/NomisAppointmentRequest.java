package org.prisonsync.core.appointments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * What NOMIS is told about an appointment ({@code CreateAppointmentRequest}; an update sends the same but the
 * booking): {@code internalLocationId} null when in cell, {@code eventSubType} the DPS category code,
 * {@code comment} the custom name and/or the extra information (at most {@value #MAX_COMMENT} characters).
 */
public record NomisAppointmentRequest(long bookingId, LocalDate eventDate, LocalTime startTime, LocalTime endTime,
                                      Long internalLocationId, String eventSubType, String comment) {
    public static final int MAX_COMMENT = 4000;

    public NomisAppointmentRequest {
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(eventSubType, "eventSubType");
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("a NOMIS appointment comment is at most " + MAX_COMMENT
                    + " characters");
        }
    }

    /** The request for a DPS instance at a NOMIS location already translated ({@code null} in cell). */
    public static NomisAppointmentRequest from(AppointmentInstance instance, Long nomisLocationId) {
        return new NomisAppointmentRequest(instance.bookingId(), instance.appointmentDate(), instance.startTime(),
                instance.endTime(), instance.inCell() ? null : nomisLocationId, instance.categoryCode(),
                comment(instance));
    }

    /** Upstream's comment: the custom name, the extra information, or both joined by a dash; cut to 4000. */
    static String comment(AppointmentInstance instance) {
        String name = blankToNull(instance.customName());
        String extra = blankToNull(instance.extraInformation());
        String comment = name == null ? extra : extra == null ? name : name + " - " + extra;
        return comment == null || comment.length() <= MAX_COMMENT ? comment : comment.substring(0, MAX_COMMENT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
