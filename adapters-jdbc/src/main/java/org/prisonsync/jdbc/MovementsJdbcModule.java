package org.prisonsync.jdbc;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import org.prisonsync.core.movements.MatchingEventPairs;

/** Binds the movement pairs to the runner's {@link Database} (from {@link JdbcModule}) and {@link Clock}. */
@Module
public final class MovementsJdbcModule {
    private MovementsJdbcModule() {
    }

    @Provides
    @Singleton
    static MatchingEventPairs matchingEventPairs(Database database, Clock clock) {
        return MovementsJdbcAdapters.matchingEventPairs(database, clock);
    }
}
