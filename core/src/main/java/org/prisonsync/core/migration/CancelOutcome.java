package org.prisonsync.core.migration;

/** The answer to a cancel request. */
public sealed interface CancelOutcome {

    /** Marked {@code CANCELLED_REQUESTED}; the queue is being purged and a {@code CANCEL_MIGRATION} will finish it. */
    record Requested(MigrationRun run) implements CancelOutcome {
    }

    /** No run has that id (the API's 404). */
    record NotFound(String migrationId) implements CancelOutcome {
    }

    /** The run has already finished or is already being cancelled. */
    record NotActive(MigrationRun run) implements CancelOutcome {
    }
}
