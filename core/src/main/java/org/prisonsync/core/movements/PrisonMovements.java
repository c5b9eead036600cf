package org.prisonsync.core.movements;

import java.util.List;

/**
 * The Prison API's view of a booking's external movements ({@code GET /api/movements/booking/{bookingId}}).
 * Contract: returns the movements in any order; an unknown booking returns an empty list; throws
 * {@link org.prisonsync.core.UpstreamUnavailable} when the API cannot answer (the event is retried).
 */
@FunctionalInterface
public interface PrisonMovements {
    List<BookingMovement> movementsOfBooking(long bookingId);
}
