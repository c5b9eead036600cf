package org.prisonsync.jdbc.alerts;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.alerts.AlertDuplicates;
import org.prisonsync.core.contract.AlertDuplicatesContract;
import org.prisonsync.jdbc.TestDatabase;

class H2AlertDuplicatesContractIT extends AlertDuplicatesContract {
    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.h2(H2AlertDuplicatesContractIT.class);
    }

    @AfterAll
    static void removeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected AlertDuplicates newStore() {
        // TestDatabase.clear() knows only the mapping tables
        db.database().jdbi().useHandle(handle -> handle.execute("delete from alert_duplicate"));
        return AlertsJdbc.alertDuplicates(db.database());
    }
}
