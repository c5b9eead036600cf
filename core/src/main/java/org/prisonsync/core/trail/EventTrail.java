package org.prisonsync.core.trail;

import java.time.Instant;
import java.util.List;

/** The trail's store: entries appended in batches, found by a query, and forgotten after the retention. */
public interface EventTrail {

    /** Appends the entries, all or none. */
    void append(List<TrailEntry> entries);

    /** The latest {@code query.limit()} entries that match, oldest first (ties in the order they were appended). */
    List<TrailEntry> find(TrailQuery query);

    /** Forgets every entry from before {@code cutoff}; answers how many. */
    long deleteBefore(Instant cutoff);
}
