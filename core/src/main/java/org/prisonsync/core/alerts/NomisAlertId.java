package org.prisonsync.core.alerts;

import java.util.Optional;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.prisoners.BookingRecordId;

/**
 * A NOMIS alert's identity: booking id and alert sequence, written {@code "1234:2"} in mappings. The rules are
 * {@link BookingRecordId}'s, and NOMIS keeps the alert sequence as an {@code int}.
 */
public record NomisAlertId(long bookingId, long alertSequence) {
    public NomisAlertId {
        BookingRecordId.requirePositive(bookingId, alertSequence, "alert sequence");
    }

    /** The mapping's NOMIS id. */
    public String key() {
        return new BookingRecordId(bookingId, alertSequence).key();
    }

    public static NomisAlertId fromKey(String key) {
        return parseKey(key).orElseThrow(() -> new IllegalArgumentException(
                "not a NOMIS alert key (booking:sequence, positive, in ASCII digits): " + Ids.quote(key)));
    }

    /** The id a mapping's NOMIS key names; empty unless it is two positive ASCII numbers, the sequence an int. */
    public static Optional<NomisAlertId> parseKey(String key) {
        return BookingRecordId.parseKey(key, Integer.MAX_VALUE)
                .map(id -> new NomisAlertId(id.bookingId(), id.sequence()));
    }

    @Override
    public String toString() {
        return key();
    }
}
