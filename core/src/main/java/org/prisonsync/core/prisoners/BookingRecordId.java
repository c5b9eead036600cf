package org.prisonsync.core.prisoners;

import java.util.Optional;
import java.util.OptionalLong;
import org.prisonsync.core.mapping.NomisKey;
import org.prisonsync.core.message.Ids;

/**
 * The identity NOMIS gives a record it keeps per booking (an alert, an IEP): the booking id and the record's sequence
 * within that booking, written {@code "1234567:3"} as a mapping's NOMIS id. Not to be confused with NOMIS's booking
 * sequence, which orders a prisoner's bookings.
 *
 * <p>Each domain keeps its own typed id ({@code NomisAlertId}, {@code NomisIncentiveId}), so one domain's id cannot
 * be passed where another's is expected and each names its sequence as upstream does; this holds what they share:
 * both numbers positive, the key's form, and reading a key back.
 */
public record BookingRecordId(long bookingId, long sequence) {
    public BookingRecordId {
        requirePositive(bookingId, sequence, "sequence");
    }

    /** Refuses a booking id or sequence that is not positive, naming the sequence as the domain does. */
    public static void requirePositive(long bookingId, long sequence, String sequenceName) {
        if (bookingId <= 0 || sequence <= 0) {
            throw new IllegalArgumentException("booking id and " + sequenceName + " must be positive, were "
                    + bookingId + " and " + sequence);
        }
    }

    /** The mapping's NOMIS id. */
    public String key() {
        return NomisKey.of(bookingId, sequence);
    }

    /**
     * The id a mapping's NOMIS key names; empty unless it is two positive numbers in ASCII digits, the sequence no
     * larger than {@code largestSequence} (NOMIS keeps some sequences as {@code int}s).
     */
    public static Optional<BookingRecordId> parseKey(String key, long largestSequence) {
        if (key == null) {
            return Optional.empty();
        }
        String[] parts = key.split(":", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        OptionalLong booking = Ids.parsePositiveLong(parts[0]);
        OptionalLong sequence = Ids.parsePositiveLong(parts[1]);
        return booking.isPresent() && sequence.isPresent() && sequence.getAsLong() <= largestSequence
                ? Optional.of(new BookingRecordId(booking.getAsLong(), sequence.getAsLong())) : Optional.empty();
    }

    @Override
    public String toString() {
        return key();
    }
}
