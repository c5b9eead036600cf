package org.prisonsync.core.incentives;

import java.util.Optional;
import java.util.OptionalLong;
import org.prisonsync.core.mapping.NomisKey;
import org.prisonsync.core.message.Ids;

/**
 * A NOMIS IEP's identity: booking id and incentive sequence, written {@code "1234567:3"} as a mapping's NOMIS id
 * (the canonical composite key; the mapping service holds them as {@code nomisBookingId} and
 * {@code nomisIncentiveSequence}).
 */
public record NomisIncentiveId(long bookingId, long sequence) {
    public NomisIncentiveId {
        if (bookingId <= 0 || sequence <= 0) {
            throw new IllegalArgumentException("booking id and incentive sequence must be positive, were "
                    + bookingId + " and " + sequence);
        }
    }

    public String key() {
        return NomisKey.of(bookingId, sequence);
    }

    /** The id a mapping's NOMIS key names; empty unless it is two positive numbers in ASCII digits. */
    public static Optional<NomisIncentiveId> parseKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String[] parts = key.split(":", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        OptionalLong booking = Ids.parsePositiveLong(parts[0]);
        OptionalLong sequence = Ids.parsePositiveLong(parts[1]);
        return booking.isPresent() && sequence.isPresent()
                ? Optional.of(new NomisIncentiveId(booking.getAsLong(), sequence.getAsLong())) : Optional.empty();
    }

    @Override
    public String toString() {
        return key();
    }
}
