package org.prisonsync.jdbc.migration;

import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.contract.MigrationHistoryContract;
import org.prisonsync.core.migration.MigrationHistory;
import org.prisonsync.jdbc.ClassDatabase;

/**
 * {@link MigrationHistoryContract} on the JDBC adapter, on the database each subclass names with {@code @OnDatabase}.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcMigrationHistoryContract extends MigrationHistoryContract {
    @Override
    protected MigrationHistory newHistory() {
        return MigrationJdbc.migrationHistory(ClassDatabase.of(this).emptied("migration_history"));
    }
}
