package org.prisonsync.core.courtsentencing;

import java.util.Optional;
import org.prisonsync.core.message.Ids;

/** NOMIS's sentence term identity, kept in a mapping as {@code "<bookingId>:<sentenceSequence>:<termSequence>"}. */
public record TermId(SentenceId sentence, long termSequence) {

    public String key() {
        return sentence.key() + ":" + termSequence;
    }

    public static Optional<TermId> parseKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        int last = key.lastIndexOf(':');
        if (last < 0) {
            return Optional.empty();
        }
        var term = Ids.parsePositiveLong(key.substring(last + 1));
        return term.isPresent() ? SentenceId.parseKey(key.substring(0, last)).map(s -> new TermId(s,
                term.getAsLong())) : Optional.empty();
    }

    @Override
    public String toString() {
        return key();
    }
}
