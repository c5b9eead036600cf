package org.prisonsync.jdbc.movements;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import org.prisonsync.core.movements.MatchingEventPairs;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcModule;

/**
 * The movement reconciliation's pairs on the runner's {@link Database} (from {@link JdbcModule}). Public methods, so
 * that code without Dagger (tests, the benchmark) builds the store the same way.
 */
@Module
public final class MovementsJdbc {
    private MovementsJdbc() {
    }

    @Provides
    @Singleton
    public static MatchingEventPairs matchingEventPairs(Database database) {
        return new JdbiMatchingEventPairs(database.jdbi(), database.isPostgres());
    }
}
