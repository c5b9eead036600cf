package org.prisonsync.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.contract.ReconciliationRunsContract;
import org.prisonsync.core.reconciliation.ReconciliationRuns;
import org.prisonsync.jdbc.reconciliation.ReconciliationJdbcAdapters;

class H2ReconciliationRunsContractIT extends ReconciliationRunsContract {
    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.h2(H2ReconciliationRunsContractIT.class);
    }

    @AfterAll
    static void removeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected ReconciliationRuns newRuns() {
        db.database().jdbi().useHandle(handle -> {
            handle.execute("delete from reconciliation_mismatch");
            handle.execute("delete from reconciliation_run");
        });
        return ReconciliationJdbcAdapters.runs(db.database());
    }
}
