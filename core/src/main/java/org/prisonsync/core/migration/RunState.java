package org.prisonsync.core.migration;

import org.prisonsync.core.sync.SyncOutcome;

/**
 * Reads a run's status from history: page and entity handlers stop doing work as soon as a cancel is requested. A
 * completed run still migrates what reaches it (an operator retrying its DLQ), as upstream does.
 */
final class RunState {
    private final MigrationHistory history;

    RunState(MigrationHistory history) {
        this.history = history;
    }

    boolean isCancelling(String migrationId) {
        return history.find(migrationId).map(r -> r.status() == MigrationStatus.CANCELLED_REQUESTED
                || r.status() == MigrationStatus.CANCELLED).orElse(false);
    }

    String describe(String migrationId) {
        return history.find(migrationId).map(r -> r.status().name()).orElse("unknown");
    }

    SyncOutcome stopped(MigrationType<?> type, MigrationContext context, String what) {
        String status = describe(context.migrationId());
        return new SyncOutcome.Ignored(type.telemetryName() + "-migration-message-ignored",
                PageFanOut.props(context, "status", status, "reason", what),
                "migration " + context.migrationId() + " is " + status + ": " + what);
    }
}
