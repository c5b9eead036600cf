package org.prisonsync.core.prisoners;

import java.util.Objects;

/**
 * One active prisoner as NOMIS lists them ({@code PrisonerIds}): the prisoner number and the current booking's id,
 * which booking-keyed reconciliations (incentives) read by. {@code bookingId} is null only where a source does not
 * know it (an in-memory list given numbers alone).
 */
public record ActivePrisoner(String offenderNo, Long bookingId) {
    public ActivePrisoner {
        Objects.requireNonNull(offenderNo, "offenderNo");
    }

    /** The current booking, which a booking-keyed reconciliation cannot do without. */
    public long requireBookingId() {
        if (bookingId == null) {
            throw new IllegalStateException("active prisoner " + offenderNo + " is listed without a booking");
        }
        return bookingId;
    }
}
