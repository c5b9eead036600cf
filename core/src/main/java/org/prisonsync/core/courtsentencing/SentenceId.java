package org.prisonsync.core.courtsentencing;

import java.util.Optional;
import org.prisonsync.core.message.Ids;

/**
 * NOMIS's sentence identity ({@code SentenceId}): booking and sequence, kept in a mapping as
 * {@code "<offenderBookingId>:<sentenceSequence>"}. A clone gives a sentence a new identity on the latest booking.
 */
public record SentenceId(long offenderBookingId, long sentenceSequence) {

    public String key() {
        return offenderBookingId + ":" + sentenceSequence;
    }

    public static Optional<SentenceId> parseKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String[] parts = key.split(":", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        var booking = Ids.parsePositiveLong(parts[0]);
        var sequence = Ids.parsePositiveLong(parts[1]);
        return booking.isPresent() && sequence.isPresent()
                ? Optional.of(new SentenceId(booking.getAsLong(), sequence.getAsLong())) : Optional.empty();
    }

    @Override
    public String toString() {
        return key();
    }
}
