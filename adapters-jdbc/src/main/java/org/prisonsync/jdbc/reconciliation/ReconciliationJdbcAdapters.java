package org.prisonsync.jdbc.reconciliation;

import org.prisonsync.core.reconciliation.ReconciliationExclusions;
import org.prisonsync.core.reconciliation.ReconciliationRuns;
import org.prisonsync.jdbc.Database;

/** The public way to the reconciliation stores without Dagger; the implementations stay package-private. */
public final class ReconciliationJdbcAdapters {
    private ReconciliationJdbcAdapters() {
    }

    /** Needs no clock: a run carries its own times. */
    public static ReconciliationRuns runs(Database database) {
        return new JdbiReconciliationRuns(database.jdbi());
    }

    /** Needs no clock: an exclusion carries its own {@code addedAt}. */
    public static ReconciliationExclusions exclusions(Database database) {
        return new JdbiReconciliationExclusions(database.jdbi());
    }
}
