package org.prisonsync.jdbc.trail;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import org.prisonsync.core.trail.EventTrail;
import org.prisonsync.jdbc.Database;

/** Binds the event trail to the runner's {@link Database} (from the JdbcModule). */
@Module
public final class TrailJdbcModule {
    private TrailJdbcModule() {
    }

    @Provides
    @Singleton
    static EventTrail eventTrail(Database database) {
        return TrailJdbcAdapters.trail(database);
    }
}
