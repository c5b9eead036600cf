package org.prisonsync.core.migration;

/** The answer to {@code POST /migrate/refresh/{migrationId}}. */
public sealed interface RefreshOutcome {

    /** Counts recomputed (migrated from the mappings, failed from the DLQ). */
    record Refreshed(MigrationRun run) implements RefreshOutcome {
    }

    /** No run has that id (404). */
    record NotFound(String migrationId) implements RefreshOutcome {
    }

    /** Only completed runs are refreshed (the API's 400). */
    record NotCompleted(MigrationRun run) implements RefreshOutcome {
    }
}
