package org.prisonsync.jdbc;

import org.prisonsync.core.migration.MigrationFailures;
import org.prisonsync.core.migration.MigrationHistory;
import org.prisonsync.core.visits.VisitRoomMappings;

/** The public way to the migration's JDBC stores without Dagger; the implementations stay package-private. */
public final class MigrationJdbcAdapters {
    private MigrationJdbcAdapters() {
    }

    public static MigrationHistory migrationHistory(Database database) {
        return new JdbiMigrationHistory(database.jdbi());
    }

    public static MigrationFailures migrationFailures(Database database) {
        return new JdbiMigrationFailures(database.jdbi());
    }

    public static VisitRoomMappings visitRoomMappings(Database database) {
        return new JdbiVisitRoomMappings(database.jdbi());
    }
}
