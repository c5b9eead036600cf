package org.prisonsync.core.movements.inmemory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.movements.BookingMovement;
import org.prisonsync.core.movements.PrisonMovements;

/** The Prison API's movements per booking, held in a map; an unknown booking has no movements. */
public final class InMemoryPrisonMovements implements PrisonMovements {
    private final Map<Long, List<BookingMovement>> bookings = new HashMap<>();

    @Override
    public synchronized List<BookingMovement> movementsOfBooking(long bookingId) {
        return List.copyOf(bookings.getOrDefault(bookingId, List.of()));
    }

    public synchronized InMemoryPrisonMovements add(long bookingId, BookingMovement movement) {
        bookings.computeIfAbsent(bookingId, b -> new ArrayList<>()).add(movement);
        return this;
    }

    /** Replaces the movement with the same sequence (an update in NOMIS). */
    public synchronized void replace(long bookingId, BookingMovement movement) {
        remove(bookingId, movement.sequence());
        add(bookingId, movement);
    }

    /** Deletes a movement, as NOMIS does when a user removes it. */
    public synchronized void remove(long bookingId, int sequence) {
        bookings.getOrDefault(bookingId, new ArrayList<>()).removeIf(m -> m.sequence() == sequence);
    }
}
