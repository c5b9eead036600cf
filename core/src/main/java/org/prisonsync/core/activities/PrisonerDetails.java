package org.prisonsync.core.activities;

import java.util.Objects;
import org.prisonsync.core.message.Ids;

/**
 * Who a booking belongs to and where the prisoner is now ({@code POST /prisoners/bookings}, NOMIS's
 * {@code PrisonerDetails}): {@code location} is the prison the prisoner is in ({@code OUT} once released) and
 * {@code active} whether the booking is the prisoner's active one.
 */
public record PrisonerDetails(String offenderNo, long bookingId, String location, boolean active) {
    public PrisonerDetails {
        if (!Ids.isPrisonerNumber(offenderNo)) {
            throw new IllegalArgumentException("not a prisoner number: " + Ids.quote(offenderNo));
        }
        Activities.requirePositive(bookingId, "bookingId");
        Objects.requireNonNull(location, "location");
    }
}
