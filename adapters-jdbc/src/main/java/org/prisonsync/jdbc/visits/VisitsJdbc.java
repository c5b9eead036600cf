package org.prisonsync.jdbc.visits;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import org.prisonsync.core.visits.VisitRoomMappings;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcModule;

/**
 * The visits' own store, the NOMIS room to DPS room mappings the visits migration reads, on the runner's
 * {@link Database} (from {@link JdbcModule}). Public methods, so that code without Dagger (tests) builds the store
 * the same way.
 */
@Module
public final class VisitsJdbc {
    private VisitsJdbc() {
    }

    @Provides
    @Singleton
    public static VisitRoomMappings visitRoomMappings(Database database) {
        return new JdbiVisitRoomMappings(database.jdbi());
    }
}
