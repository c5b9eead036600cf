package org.prisonsync.core.appointments;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A NOMIS appointment ({@code GET /appointments/{eventId}}, the prisoner API's {@code AppointmentResponse}):
 * {@code internalLocation} null in cell, {@code endDateTime} may be null, {@code status} NOMIS's event status
 * ({@code SCH}, {@code CANC} …).
 */
public record NomisAppointment(long eventId, long bookingId, String offenderNo, String prisonId,
                               Long internalLocation, LocalDateTime startDateTime, LocalDateTime endDateTime,
                               String comment, String subtype, String status) {
    public NomisAppointment {
        Objects.requireNonNull(startDateTime, "startDateTime");
        Objects.requireNonNull(subtype, "subtype");
    }

    public boolean cancelled() {
        return "CANC".equals(status);
    }
}
