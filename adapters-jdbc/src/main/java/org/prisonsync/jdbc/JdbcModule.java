package org.prisonsync.jdbc;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;

/**
 * Binds the mapping store and the write claims to one pooled database. The runner's component supplies the
 * {@link Database} (opened once from its settings, and closed by whoever holds the component: a process that ends
 * with its H2 file open leaves the file's lock behind, and the next process to open it waits seconds for the lock to
 * age) and the {@link Clock}.
 */
@Module
public final class JdbcModule {
    private JdbcModule() {
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
