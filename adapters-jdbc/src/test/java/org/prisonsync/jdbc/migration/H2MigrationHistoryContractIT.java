package org.prisonsync.jdbc.migration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.contract.MigrationHistoryContract;
import org.prisonsync.core.migration.MigrationHistory;
import org.prisonsync.jdbc.TestDatabase;

class H2MigrationHistoryContractIT extends MigrationHistoryContract {
    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.h2(H2MigrationHistoryContractIT.class);
    }

    @AfterAll
    static void removeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected MigrationHistory newHistory() {
        db.database().jdbi().useHandle(handle -> handle.execute("delete from migration_history"));
        return MigrationJdbc.migrationHistory(db.database());
    }
}
