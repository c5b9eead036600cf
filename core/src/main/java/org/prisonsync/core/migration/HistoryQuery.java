package org.prisonsync.core.migration;

import java.time.Instant;
import java.util.Objects;

/**
 * The upstream history search ({@code GET /migrate/history/all/{type}}): runs of one type started within
 * [{@code from}, {@code to}] (either may be null), only those with failures if asked, and only those whose filter
 * names {@code prisonId} (a text match on the stored filter JSON, as upstream) when given. Newest first.
 */
public record HistoryQuery(String type, Instant from, Instant to, boolean onlyFailures, String prisonId) {
    public HistoryQuery {
        Objects.requireNonNull(type, "type");
        prisonId = prisonId == null || prisonId.isBlank() ? null : prisonId.trim();
    }

    public static HistoryQuery all(String type) {
        return new HistoryQuery(type, null, null, false, null);
    }

    public boolean matches(MigrationRun run) {
        return run.type().equals(type)
                && (from == null || !run.whenStarted().isBefore(from))
                && (to == null || !run.whenStarted().isAfter(to))
                && (!onlyFailures || run.failedCount() > 0)
                && (prisonId == null || run.filterJson().contains("\"" + prisonId + "\""));
    }
}
