package org.prisonsync.core.migration;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of migration history (upstream {@code migration_history}): {@code filterJson} is the filter as compact JSON
 * text, which is what the history search by prison matches against.
 */
public record MigrationRun(String migrationId, String type, String filterJson, Instant whenStarted, Instant whenEnded,
                           long estimatedCount, long migratedCount, long failedCount, MigrationStatus status) {

    public MigrationRun {
        Objects.requireNonNull(migrationId, "migrationId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(whenStarted, "whenStarted");
        Objects.requireNonNull(status, "status");
        filterJson = filterJson == null ? "{}" : filterJson;
    }

    public static MigrationRun started(String migrationId, String type, String filterJson, Instant when,
                                       long estimatedCount) {
        return new MigrationRun(migrationId, type, filterJson, when, null, estimatedCount, 0, 0,
                MigrationStatus.STARTED);
    }

    public boolean active() {
        return status.active();
    }

    public MigrationRun withStatus(MigrationStatus newStatus) {
        return new MigrationRun(migrationId, type, filterJson, whenStarted, whenEnded, estimatedCount, migratedCount,
                failedCount, newStatus);
    }

    public MigrationRun ended(MigrationStatus newStatus, Instant when, long migrated, long failed) {
        return new MigrationRun(migrationId, type, filterJson, whenStarted, when, estimatedCount, migrated, failed,
                newStatus);
    }

    public MigrationRun withCounts(long migrated, long failed) {
        return new MigrationRun(migrationId, type, filterJson, whenStarted, whenEnded, estimatedCount, migrated,
                failed, status);
    }
}
