package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.movements.BookingMovement;
import org.prisonsync.core.movements.PrisonMovements;

/**
 * The {@link PrisonMovements} contract, run against the in-memory Prison API and the HTTP adapter talking to the
 * simulator. Implementations may keep their state across tests, so every test seeds bookings of its own.
 */
public abstract class PrisonMovementsContract {
    private static final AtomicLong BOOKINGS = new AtomicLong(7_100_000);
    private static final LocalDateTime ADMITTED = LocalDateTime.of(2026, 11, 20, 9, 15);

    /** The port under test. */
    protected abstract PrisonMovements api();

    /** NOMIS records {@code movement} on booking {@code bookingId} (not through the port). */
    protected abstract void seed(long bookingId, BookingMovement movement);

    private static long newBooking() {
        return BOOKINGS.getAndIncrement();
    }

    private static BookingMovement admission() {
        return new BookingMovement(1, "CRTTRN", "MDI", "ADM", "IN", ADMITTED, "N",
                ADMITTED.plusSeconds(72).plusNanos(345_678_000), null);
    }

    private static BookingMovement release() {
        return new BookingMovement(2, "MDI", "OUT", "REL", "OUT", ADMITTED.plusDays(4), "CR",
                ADMITTED.plusDays(4).plusMinutes(1), ADMITTED.plusDays(4).plusHours(2));
    }

    @Test
    void anUnknownBookingHasNoMovements() {
        assertThat(api().movementsOfBooking(newBooking())).isEmpty();
    }

    @Test
    void everyFieldOfEveryMovementComesBack() {
        long booking = newBooking();
        seed(booking, admission());
        seed(booking, release());

        List<BookingMovement> movements = api().movementsOfBooking(booking);

        assertThat(movements).containsExactlyInAnyOrder(admission(), release());
        assertThat(movements).filteredOn(BookingMovement::wasUpdated).containsExactly(release());
    }

    @Test
    void absentOptionalFieldsComeBackAbsent() {
        long booking = newBooking();
        BookingMovement sparse = new BookingMovement(3, null, "MDI", "TRN", "IN", ADMITTED, null, ADMITTED, null);
        seed(booking, sparse);

        assertThat(api().movementsOfBooking(booking)).containsExactly(sparse);
    }

    @Test
    void aBookingsMovementsAreItsOwn() {
        long first = newBooking();
        long second = newBooking();
        seed(first, admission());
        seed(second, release());

        assertThat(api().movementsOfBooking(first)).containsExactly(admission());
        assertThat(api().movementsOfBooking(second)).containsExactly(release());
    }
}
