package org.prisonsync.core.movements;

/** What {@link MatchingEventPairs#matchOrInsert} did; {@link #outcome()} is the telemetry's {@code matchOutcome}. */
public sealed interface MatchResult {

    /** The row as stored after the call. */
    MatchingEventPair row();

    String outcome();

    /** An unmatched counterpart was completed; {@code candidates} is how many there were (the oldest won). */
    record Matched(MatchingEventPair row, int candidates) implements MatchResult {
        @Override
        public String outcome() {
            return candidates > 1 ? "multiple: " + candidates : "matched";
        }
    }

    /** No counterpart yet: the half was stored as a new one-sided row. */
    record Inserted(MatchingEventPair row) implements MatchResult {
        @Override
        public String outcome() {
            return "inserted";
        }
    }

    /** The same half is already stored (a redelivered event): nothing was written. */
    record Redelivered(MatchingEventPair row) implements MatchResult {
        @Override
        public String outcome() {
            return "redelivered";
        }
    }
}
