package org.prisonsync.jdbc.reconciliation;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import org.prisonsync.core.reconciliation.ReconciliationExclusions;
import org.prisonsync.core.reconciliation.ReconciliationRuns;
import org.prisonsync.jdbc.Database;

/** Binds the reconciliation runs and exclusions to the runner's {@link Database} (from the JdbcModule). */
@Module
public final class ReconciliationJdbcModule {
    private ReconciliationJdbcModule() {
    }

    @Provides
    @Singleton
    static ReconciliationRuns reconciliationRuns(Database database) {
        return ReconciliationJdbcAdapters.runs(database);
    }

    @Provides
    @Singleton
    static ReconciliationExclusions reconciliationExclusions(Database database) {
        return ReconciliationJdbcAdapters.exclusions(database);
    }
}
