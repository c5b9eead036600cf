package org.prisonsync.core.migration;

import java.time.Instant;

/** Upstream's {@code InProgressMigration} ({@code GET /migrate/history/active/{type}}), counts read live. */
public record InProgressMigration(String migrationId, Instant whenStarted, long estimatedRecordCount,
                                  long recordsMigrated, long toBeProcessedCount, long beingProcessedCount,
                                  long recordsFailed, String migrationType, MigrationStatus status) {
}
