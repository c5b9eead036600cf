package org.prisonsync.jdbc;

import java.time.Clock;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.jdbc.internal.JdbiMappingStore;
import org.prisonsync.jdbc.internal.JdbiWriteClaims;

/** The public way to the JDBC ports without Dagger; the implementations stay package-private. */
public final class JdbcAdapters {
    private JdbcAdapters() {
    }

    /** {@code clock} stamps each new mapping's {@code whenCreated}. */
    public static MappingStore mappingStore(Database database, Clock clock) {
        return new JdbiMappingStore(database.jdbi(), clock);
    }

    public static WriteClaims writeClaims(Database database) {
        return new JdbiWriteClaims(database.jdbi(), database.isPostgres());
    }
}
