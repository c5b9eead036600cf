package org.prisonsync.jdbc.migration;

import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.contract.MigrationFailuresContract;
import org.prisonsync.core.migration.MigrationFailures;
import org.prisonsync.jdbc.ClassDatabase;

/**
 * {@link MigrationFailuresContract} on the JDBC adapter, on the database each subclass names with {@code @OnDatabase}.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcMigrationFailuresContract extends MigrationFailuresContract {
    @Override
    protected MigrationFailures newFailures() {
        return MigrationJdbc.migrationFailures(ClassDatabase.of(this).emptied("migration_failure"));
    }
}
