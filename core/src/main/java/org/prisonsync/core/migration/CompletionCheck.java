package org.prisonsync.core.migration;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.JsonFields;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code MIGRATE_STATUS_CHECK} and {@code CANCEL_MIGRATION}: a run finishes once its queue has been seen empty on
 * more than {@code completeCheckCount} consecutive checks (queue counts are estimates, so one look is not enough);
 * a non-empty queue resets the count. A cancelling run also purges whatever it still finds.
 */
final class CompletionCheck {
    private final MigrationPorts ports;
    private final MigrationSettings settings;
    private final ClaimReleases releases;

    CompletionCheck(MigrationPorts ports, MigrationSettings settings, ClaimReleases releases) {
        this.ports = ports;
        this.settings = settings;
        this.releases = releases;
    }

    static InternalMessage statusCheck(MigrationContext context, int checkCount) {
        return context.withBody(Map.of("checkCount", checkCount)).message(MigrationMessages.MIGRATE_STATUS_CHECK);
    }

    static InternalMessage cancelCheck(MigrationContext context, int checkCount) {
        return context.withBody(Map.of("checkCount", checkCount)).message(MigrationMessages.CANCEL_MIGRATION);
    }

    SyncOutcome status(MigrationType<?> type, MigrationContext context, MigrationRun run) {
        if (run.status() != MigrationStatus.STARTED) {
            return stopped(type, context, Optional.of(run));
        }
        int checks = checkCount(context);
        String queueName = type.queue().queueName();
        if (QueueCounts.pendingBesidesSelf(ports.queueAdmin(), type.queue()) > 0) {
            ports.queue().send(queueName, statusCheck(context, 0), settings.completeCheckScheduledRetry());
            return checked(type, context, 0);
        }
        if (checks < settings.completeCheckCount()) {
            ports.queue().send(queueName, statusCheck(context, checks + 1), settings.completeCheckRetry());
            return checked(type, context, checks + 1);
        }
        return finish(type, run, MigrationStatus.STARTED, MigrationStatus.COMPLETED, "completed");
    }

    SyncOutcome cancel(MigrationType<?> type, MigrationContext context, MigrationRun run) {
        if (run.status() != MigrationStatus.CANCELLED_REQUESTED) {
            return stopped(type, context, Optional.of(run));
        }
        int checks = checkCount(context);
        String queueName = type.queue().queueName();
        if (QueueCounts.pendingBesidesSelf(ports.queueAdmin(), type.queue()) > 0) {
            ports.queueAdmin().purge(queueName);
            ports.queue().send(queueName, cancelCheck(context, 0), settings.completeCheckRetry().multipliedBy(10));
            return checked(type, context, 0);
        }
        if (checks < settings.completeCheckCount()) {
            ports.queue().send(queueName, cancelCheck(context, checks + 1), settings.completeCheckRetry());
            return checked(type, context, checks + 1);
        }
        return finish(type, run, MigrationStatus.CANCELLED_REQUESTED, MigrationStatus.CANCELLED, "cancelled");
    }

    private SyncOutcome finish(MigrationType<?> type, MigrationRun run, MigrationStatus from, MigrationStatus to,
                               String verb) {
        // the last messages' claims would otherwise wait for the next run (harmless, but untidy)
        releases.flush(ports.claims());
        long migrated = ports.mappings().countByLabel(type.entityType(), run.migrationId());
        long failed = QueueCounts.dlqCount(ports.queueAdmin(), type.queue());
        MigrationRun ended = run.ended(to, ports.clock().instant(), migrated, failed);
        MigrationContext context = new MigrationContext(type.name(), run.migrationId(), run.estimatedCount(), null,
                null);
        if (!ports.history().transition(run.migrationId(), from, ended)) {
            return stopped(type, context, ports.history().find(run.migrationId()));
        }
        long minutes = Duration.between(run.whenStarted(), ended.whenEnded()).toMinutes();
        return new SyncOutcome.Synced(type.telemetryName() + "-migration-" + verb, PageFanOut.props(context,
                "estimatedCount", Long.toString(run.estimatedCount()), "migratedCount", Long.toString(migrated),
                "failedCount", Long.toString(failed), "durationMinutes", Long.toString(minutes)));
    }

    private static SyncOutcome checked(MigrationType<?> type, MigrationContext context, int checkCount) {
        return new SyncOutcome.Synced(type.telemetryName() + "-migration-status-checked",
                PageFanOut.props(context, "checkCount", Integer.toString(checkCount)));
    }

    private static SyncOutcome stopped(MigrationType<?> type, MigrationContext context, Optional<MigrationRun> run) {
        String status = run.map(r -> r.status().name()).orElse("unknown");
        return new SyncOutcome.Ignored(type.telemetryName() + "-migration-check-stopped",
                PageFanOut.props(context, "status", status), "migration " + context.migrationId() + " is " + status);
    }

    /**
     * How many empty checks came before, kept within 0..completeCheckCount: a check is never dead-lettered for its
     * count, since losing the last check of a run would leave it STARTED for ever.
     */
    private int checkCount(MigrationContext context) {
        long count = JsonFields.longValue(context.body(), "checkCount").orElse(0L);
        return (int) Math.max(0, Math.min(count, settings.completeCheckCount()));
    }
}
