package org.prisonsync.core.movements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One arriving half and where its counterpart may be: complete the oldest unmatched row of the same prisoner that
 * {@code counterpart} accepts and that was created after {@code createdAfter}, or else store {@code half} as a new
 * one-sided row. {@code label} names the handler in the match comment ("multiple: 2 in offender-event").
 */
public record MatchAttempt(MatchingEventPair half, Counterpart counterpart, Instant createdAfter, String label) {
    public MatchAttempt {
        Objects.requireNonNull(half, "half");
        Counterpart.require(counterpart);
        Objects.requireNonNull(createdAfter, "createdAfter");
        Objects.requireNonNull(label, "label");
        if (half.created() == null) {
            throw new IllegalArgumentException("the half must carry its created time");
        }
        if (half.id() != null || half.matched()) {
            throw new IllegalArgumentException("the half must be new and unmatched: " + half.describe());
        }
        if (half.matchType() != counterpart.matchType()) {
            throw new IllegalArgumentException("a " + half.matchType() + " half cannot complete " + counterpart);
        }
        if (half.presentHalf() != counterpart.missing()) {
            throw new IllegalArgumentException(counterpart + " lacks the " + counterpart.missing()
                    + " half but the event brings " + half.presentHalf());
        }
    }

    /** The completed row's comment, as upstream writes it. */
    public String commentFor(int candidates) {
        return candidates > 1
                ? "matchOutcome = multiple: " + candidates + " in " + label
                : "matchOutcome = matched in " + label;
    }

    /** The counterpart row completed with this attempt's half. */
    public MatchingEventPair complete(MatchingEventPair counterpartRow, int candidates) {
        return counterpartRow.completedWith(half, commentFor(candidates));
    }

    /**
     * The pairing rule every store applies, given the prisoner's rows (any state, oldest id first) while the
     * prisoner is locked: the same half already stored is a redelivery; else the oldest unmatched row created after
     * {@link #createdAfter} that {@link #counterpart} accepts is completed; else the half is inserted, without an id
     * (the store gives it one).
     */
    public MatchResult decide(List<MatchingEventPair> prisonerRows) {
        List<MatchingEventPair> candidates = new ArrayList<>();
        for (MatchingEventPair row : prisonerRows) {
            if (row.carriesSameHalfAs(half)) {
                return new MatchResult.Redelivered(row);
            }
            if (!row.matched() && row.prisonerNumber().equals(half.prisonerNumber())
                    && row.created().isAfter(createdAfter) && counterpart.accepts(row)) {
                candidates.add(row);
            }
        }
        if (candidates.isEmpty()) {
            return new MatchResult.Inserted(half);
        }
        return new MatchResult.Matched(complete(candidates.get(0), candidates.size()), candidates.size());
    }
}
