package org.prisonsync.wiring;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcSettings;

/**
 * The one pooled database of a process, recorded among what the graph opened: a CLI command closes it (after the
 * trail's writer, which needs it) before the JVM ends. Left to H2's own exit hook, the embedded file's lock was at
 * times left behind, and the next command to open the file waited for it to age (about 3 s of a 1 s command).
 */
@Module
public final class DatabaseModule {
    private DatabaseModule() {
    }

    @Provides
    @Singleton
    static Database database(JdbcSettings settings, OpenedResources opened) {
        return opened.opened(Database.open(settings));
    }
}
