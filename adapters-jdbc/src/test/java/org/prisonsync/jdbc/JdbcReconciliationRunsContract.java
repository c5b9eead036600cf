package org.prisonsync.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.contract.ReconciliationRunsContract;
import org.prisonsync.core.reconciliation.ReconciliationRuns;
import org.prisonsync.jdbc.reconciliation.ReconciliationJdbcAdapters;

/**
 * {@link ReconciliationRunsContract} on the JDBC adapter, on the database each subclass names with {@code @OnDatabase}.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcReconciliationRunsContract extends ReconciliationRunsContract {
    @Override
    protected ReconciliationRuns newRuns() {
        return ReconciliationJdbcAdapters.runs(ClassDatabase.of(this).emptied("reconciliation_mismatch",
                "reconciliation_run"));
    }
}
