package org.prisonsync.jdbc.alerts;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import org.prisonsync.core.alerts.AlertDuplicates;
import org.prisonsync.core.alerts.PrisonerMappings;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcModule;

/**
 * The alerts' stores on the runner's {@link Database} (from {@link JdbcModule}) and {@link Clock}. The methods are
 * public so that code without Dagger (tests, benchmarks) builds the stores the same way.
 */
@Module
public final class AlertsJdbc {
    private AlertsJdbc() {
    }

    /** Works on the {@code mapping} table the mapping store uses; {@code clock} stamps rows. */
    @Provides
    @Singleton
    public static PrisonerMappings prisonerMappings(Database database, Clock clock) {
        return new JdbiPrisonerMappings(database.jdbi(), clock, database.isPostgres());
    }

    /** Needs no clock: a duplicate carries its own {@code reportedAt}. */
    @Provides
    @Singleton
    public static AlertDuplicates alertDuplicates(Database database) {
        return new JdbiAlertDuplicates(database.jdbi());
    }
}
