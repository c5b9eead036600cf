package org.prisonsync.jdbc;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import org.prisonsync.core.movements.MatchingEventPairs;

/** Binds the movement pairs to the runner's {@link Database} (from {@link JdbcModule}). */
@Module
public final class MovementsJdbcModule {
    private MovementsJdbcModule() {
    }

    @Provides
    @Singleton
    static MatchingEventPairs matchingEventPairs(Database database) {
        return MovementsJdbcAdapters.matchingEventPairs(database);
    }
}
