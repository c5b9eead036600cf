package org.prisonsync.core.alerts;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.prisonsync.core.mapping.NomisKey;
import org.prisonsync.core.message.Ids;

/** A NOMIS alert's identity: booking id and alert sequence, written {@code "1234:2"} in mappings. */
public record NomisAlertId(long bookingId, long alertSequence) {
    public NomisAlertId {
        if (bookingId <= 0 || alertSequence <= 0) {
            throw new IllegalArgumentException("booking id and alert sequence must be positive, were " + bookingId
                    + " and " + alertSequence);
        }
    }

    /** The mapping's NOMIS id. */
    public String key() {
        return NomisKey.of(bookingId, alertSequence);
    }

    public static NomisAlertId fromKey(String key) {
        return parseKey(key).orElseThrow(() -> new IllegalArgumentException(
                "not a NOMIS alert key (booking:sequence, positive, in ASCII digits): " + Ids.quote(key)));
    }

    /** The id a mapping's NOMIS key names; empty unless it is two positive ASCII numbers, the sequence an int. */
    public static Optional<NomisAlertId> parseKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String[] parts = key.split(":", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        OptionalLong booking = Ids.parsePositiveLong(parts[0]);
        OptionalInt sequence = Ids.parsePositiveInt(parts[1]);
        return booking.isPresent() && sequence.isPresent()
                ? Optional.of(new NomisAlertId(booking.getAsLong(), sequence.getAsInt())) : Optional.empty();
    }

    @Override
    public String toString() {
        return key();
    }
}
