package org.prisonsync.core.movements;

import java.time.LocalDateTime;

/**
 * One external movement of a booking, as the Prison API's {@code GET /api/movements/booking/{bookingId}} returns it.
 * Times are NOMIS local times; {@code modifiedDateTime} is null for a movement never updated.
 */
public record BookingMovement(int sequence, String fromAgency, String toAgency, String movementType,
                              String directionCode, LocalDateTime movementDateTime, String movementReasonCode,
                              LocalDateTime createdDateTime, LocalDateTime modifiedDateTime) {

    /** Updated after it was inserted: upstream ignores the change event of such a movement. */
    public boolean wasUpdated() {
        return modifiedDateTime != null && !modifiedDateTime.equals(createdDateTime);
    }
}
