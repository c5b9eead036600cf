package org.prisonsync.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.contract.ReconciliationExclusionsContract;
import org.prisonsync.core.reconciliation.ReconciliationExclusions;
import org.prisonsync.jdbc.reconciliation.ReconciliationJdbcAdapters;

class H2ReconciliationExclusionsContractIT extends ReconciliationExclusionsContract {
    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.h2(H2ReconciliationExclusionsContractIT.class);
    }

    @AfterAll
    static void removeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected ReconciliationExclusions newExclusions() {
        db.database().jdbi().useHandle(handle -> handle.execute("delete from reconciliation_exclusion"));
        return ReconciliationJdbcAdapters.exclusions(db.database());
    }
}
