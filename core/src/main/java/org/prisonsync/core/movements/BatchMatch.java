package org.prisonsync.core.movements;

import java.util.Objects;

/**
 * One late match: {@code completed} is the row as it is (or, in a dry run, would be) stored; {@code absorbed} the row
 * whose half was copied into it and is deleted, or null. {@code applied} is false in a dry run, and when the rows
 * changed meanwhile (someone else matched them).
 */
public record BatchMatch(BatchMatchKind kind, MatchingEventPair completed, MatchingEventPair absorbed,
                         boolean applied) {
    public BatchMatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(completed, "completed");
    }

    BatchMatch applied(boolean done) {
        return new BatchMatch(kind, completed, absorbed, done);
    }
}
