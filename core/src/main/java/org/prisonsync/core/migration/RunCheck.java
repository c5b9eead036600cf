package org.prisonsync.core.migration;

import java.util.Optional;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * Every migration message names its run; it is acted on only if that run is in the history, of the message's type
 * and with the estimate it started with. Anything else was not sent by this engine for a run it knows (a forged or
 * corrupted command) and is rejected with the reason, before any page is built or any entity written. Also reads the
 * run's status: page and entity handlers stop as soon as a cancel is requested, while a completed run still migrates
 * what reaches it (an operator retrying its DLQ), as upstream does.
 */
final class RunCheck {
    private final MigrationHistory history;

    RunCheck(MigrationHistory history) {
        this.history = history;
    }

    /** The run the message belongs to, or why the message is refused. */
    record Checked(MigrationRun run, SyncOutcome.Rejected rejection) {
    }

    Checked check(MigrationType<?> type, MigrationContext context) {
        Optional<MigrationRun> found = history.find(context.migrationId());
        if (found.isEmpty()) {
            return refuse(type, context, "no migration " + context.migrationId() + " in the history");
        }
        MigrationRun run = found.get();
        if (!run.type().equals(type.name())) {
            return refuse(type, context, "migration " + run.migrationId() + " is a " + run.type()
                    + " migration, not " + type.name());
        }
        if (run.estimatedCount() != context.estimatedCount()) {
            return refuse(type, context, "estimatedCount " + context.estimatedCount() + " is not the estimate "
                    + run.estimatedCount() + " migration " + run.migrationId() + " started with");
        }
        return new Checked(run, null);
    }

    static boolean isCancelling(MigrationRun run) {
        return run.status() == MigrationStatus.CANCELLED_REQUESTED || run.status() == MigrationStatus.CANCELLED;
    }

    static SyncOutcome stopped(MigrationType<?> type, MigrationContext context, MigrationRun run, String what) {
        String status = run.status().name();
        return new SyncOutcome.Ignored(type.telemetryName() + "-migration-message-ignored",
                PageFanOut.props(context, "status", status, "reason", what),
                "migration " + context.migrationId() + " is " + status + ": " + what);
    }

    /** A message that can never be right: dead-lettered at once, with the reason. */
    static SyncOutcome.Rejected rejected(MigrationType<?> type, MigrationContext context, String reason) {
        return new SyncOutcome.Rejected(type.telemetryName() + "-migration-message-rejected",
                PageFanOut.props(context, "reason", reason), reason);
    }

    private static Checked refuse(MigrationType<?> type, MigrationContext context, String reason) {
        return new Checked(null, rejected(type, context, reason));
    }
}
