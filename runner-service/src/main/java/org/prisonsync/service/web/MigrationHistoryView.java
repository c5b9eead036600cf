package org.prisonsync.service.web;

import java.time.Instant;
import org.prisonsync.core.migration.MigrationRun;
import org.prisonsync.core.migration.MigrationStatus;

/** Upstream's {@code MigrationHistory} as its endpoints return it: the filter as JSON text, counts named as upstream. */
public record MigrationHistoryView(String migrationId, Instant whenStarted, Instant whenEnded, long estimatedRecordCount,
                                   String filter, long recordsMigrated, long recordsFailed, String migrationType,
                                   MigrationStatus status) {

    public static MigrationHistoryView of(MigrationRun run) {
        return new MigrationHistoryView(run.migrationId(), run.whenStarted(), run.whenEnded(), run.estimatedCount(),
                run.filterJson(), run.migratedCount(), run.failedCount(), run.type(), run.status());
    }
}
