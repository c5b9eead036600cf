package org.prisonsync.jdbc;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import org.prisonsync.core.migration.MigrationFailures;
import org.prisonsync.core.migration.MigrationHistory;
import org.prisonsync.core.visits.VisitRoomMappings;

/** Binds the migration history, the failures and the visit room mappings to the {@link JdbcModule}'s database. */
@Module
public final class MigrationJdbcModule {
    private MigrationJdbcModule() {
    }

    @Provides
    @Singleton
    static MigrationHistory migrationHistory(Database database) {
        return MigrationJdbcAdapters.migrationHistory(database);
    }

    @Provides
    @Singleton
    static MigrationFailures migrationFailures(Database database) {
        return MigrationJdbcAdapters.migrationFailures(database);
    }

    @Provides
    @Singleton
    static VisitRoomMappings visitRoomMappings(Database database) {
        return MigrationJdbcAdapters.visitRoomMappings(database);
    }
}
