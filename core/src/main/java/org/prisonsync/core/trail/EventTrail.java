package org.prisonsync.core.trail;

import java.time.Instant;
import java.util.List;

/**
 * The trail's store: entries appended in batches, found by a query, and forgotten after the retention. A store may
 * pack a sync's steps with their outcome ({@link TrailGroup}); it answers the same entries either way.
 */
public interface EventTrail {

    /** Appends the entries, all or none; a run of steps right before the entry they led to is kept with it. */
    void append(List<TrailEntry> entries);

    /** The latest {@code query.limit()} entries that match, oldest first (ties in the order they were appended). */
    List<TrailEntry> find(TrailQuery query);

    /**
     * Forgets every entry from before {@code cutoff}, except a step kept with a later outcome, which goes with it (at
     * most {@link TrailGroup#MAX_SPAN} later); answers how many entries.
     */
    long deleteBefore(Instant cutoff);
}
