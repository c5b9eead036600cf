package org.prisonsync.core.alerts;

import java.util.List;
import org.prisonsync.core.mapping.NomisKey;

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
        List<String> parts = NomisKey.parts(key);
        if (parts.size() != 2) {
            throw new IllegalArgumentException("not a NOMIS alert key (booking:sequence): " + key);
        }
        return new NomisAlertId(Long.parseLong(parts.get(0)), Long.parseLong(parts.get(1)));
    }

    @Override
    public String toString() {
        return key();
    }
}
