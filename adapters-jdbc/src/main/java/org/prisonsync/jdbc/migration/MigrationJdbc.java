package org.prisonsync.jdbc.migration;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import org.prisonsync.core.migration.MigrationFailures;
import org.prisonsync.core.migration.MigrationHistory;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcModule;

/**
 * The migration engine's history and failures on the runner's {@link Database} (from {@link JdbcModule}), for every
 * migration type. Public methods, so that code without Dagger (tests) builds the stores the same way.
 */
@Module
public final class MigrationJdbc {
    private MigrationJdbc() {
    }

    @Provides
    @Singleton
    public static MigrationHistory migrationHistory(Database database) {
        return new JdbiMigrationHistory(database.jdbi());
    }

    @Provides
    @Singleton
    public static MigrationFailures migrationFailures(Database database) {
        return new JdbiMigrationFailures(database.jdbi());
    }
}
