package org.prisonsync.core.movements;

import java.time.Instant;
import java.util.List;

/**
 * What one housekeeping run did (or, when {@code dryRun}, would do): rows purged, late pairs matched, and the rows
 * created within {@code [from, to]} that are still unmatched.
 */
public record HousekeepingReport(Instant from, Instant to, boolean dryRun, Instant purgeCutoff, long purged,
                                 List<BatchMatch> matches, long unmatchedCount, List<MatchingEventPair> unmatched) {
    public HousekeepingReport {
        matches = List.copyOf(matches);
        unmatched = List.copyOf(unmatched);
    }

    /** Upstream's endpoint answer. */
    public String summary() {
        return (dryRun ? "Dry run: would find " : "Found ") + unmatchedCount + " non-matching events";
    }
}
