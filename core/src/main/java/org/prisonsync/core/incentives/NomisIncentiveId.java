package org.prisonsync.core.incentives;

import java.util.Optional;
import org.prisonsync.core.prisoners.BookingRecordId;

/**
 * A NOMIS IEP's identity: booking id and incentive sequence, written {@code "1234567:3"} as a mapping's NOMIS id
 * (the canonical composite key; the mapping service holds them as {@code nomisBookingId} and
 * {@code nomisIncentiveSequence}). The rules are {@link BookingRecordId}'s.
 */
public record NomisIncentiveId(long bookingId, long sequence) {
    public NomisIncentiveId {
        BookingRecordId.requirePositive(bookingId, sequence, "incentive sequence");
    }

    public String key() {
        return new BookingRecordId(bookingId, sequence).key();
    }

    /** The id a mapping's NOMIS key names; empty unless it is two positive numbers in ASCII digits. */
    public static Optional<NomisIncentiveId> parseKey(String key) {
        return BookingRecordId.parseKey(key, Long.MAX_VALUE)
                .map(id -> new NomisIncentiveId(id.bookingId(), id.sequence()));
    }

    @Override
    public String toString() {
        return key();
    }
}
