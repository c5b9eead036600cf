package org.prisonsync.core.movements;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What operators ask of the pairs (CLI, service endpoint): which rows are unmatched, and everything about one
 * prisoner. Each row says in words which half it lacks ({@link MatchingEventPair#missingHalf()}).
 */
public final class MovementQueries {
    private final MatchingEventPairs pairs;
    private final Clock clock;
    private final MovementSettings settings;

    public MovementQueries(MatchingEventPairs pairs, Clock clock, MovementSettings settings) {
        this.pairs = pairs;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Unmatched rows created within {@code [from, to]}, oldest first. A window that ends before it starts is refused
     * ({@link IllegalArgumentException}) rather than answered empty, which would read as "all matched".
     */
    public List<MatchingEventPair> unmatchedBetween(Instant from, Instant to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        return pairs.findUnmatched(from, to);
    }

    /** Unmatched rows old enough that live pairing has given up on them (older than the pairing window). */
    public List<MatchingEventPair> unmatchedOverdue(Instant since) {
        return pairs.findUnmatched(since, clock.instant().minus(settings.pairingWindow()));
    }

    /** Every row of one prisoner, oldest first. */
    public List<MatchingEventPair> ofPrisoner(String prisonerNumber) {
        return pairs.findByPrisoner(prisonerNumber);
    }
}
