package org.prisonsync.jdbc;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import org.prisonsync.core.alerts.AlertDuplicates;
import org.prisonsync.core.alerts.PrisonerMappings;

/** Binds the alerts' stores to the runner's {@link Database} (from {@link JdbcModule}) and {@link Clock}. */
@Module
public final class AlertsJdbcModule {
    private AlertsJdbcModule() {
    }

    @Provides
    @Singleton
    static PrisonerMappings prisonerMappings(Database database, Clock clock) {
        return AlertsJdbcAdapters.prisonerMappings(database, clock);
    }

    @Provides
    @Singleton
    static AlertDuplicates alertDuplicates(Database database) {
        return AlertsJdbcAdapters.alertDuplicates(database);
    }
}
