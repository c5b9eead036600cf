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
        TestDatabase db = ClassDatabase.of(this);
        db.database().jdbi().useHandle(handle -> {
            handle.execute("delete from reconciliation_mismatch");
            handle.execute("delete from reconciliation_run");
        });
        return ReconciliationJdbcAdapters.runs(db.database());
    }
}
