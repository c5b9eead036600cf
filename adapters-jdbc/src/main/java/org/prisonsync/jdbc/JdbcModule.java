package org.prisonsync.jdbc;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;

/**
 * Binds the mapping store and the write claims to one pooled database. The runner's component supplies
 * {@link JdbcSettings} and {@link Clock}, and closes the {@link Database} on shutdown.
 */
@Module
public final class JdbcModule {
    private JdbcModule() {
    }

    @Provides
    @Singleton
    static Database database(JdbcSettings settings) {
        return Database.open(settings);
    }

    @Provides
    @Singleton
    static MappingStore mappingStore(Database database, Clock clock) {
        return JdbcAdapters.mappingStore(database, clock);
    }

    @Provides
    @Singleton
    static WriteClaims writeClaims(Database database) {
        return JdbcAdapters.writeClaims(database);
    }
}
