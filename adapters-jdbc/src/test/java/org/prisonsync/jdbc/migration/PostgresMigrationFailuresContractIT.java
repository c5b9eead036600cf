package org.prisonsync.jdbc.migration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.contract.MigrationFailuresContract;
import org.prisonsync.core.migration.MigrationFailures;
import org.prisonsync.jdbc.TestDatabase;

class PostgresMigrationFailuresContractIT extends MigrationFailuresContract {
    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.postgres(PostgresMigrationFailuresContractIT.class);
    }

    @AfterAll
    static void removeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected MigrationFailures newFailures() {
        db.database().jdbi().useHandle(handle -> handle.execute("delete from migration_failure"));
        return MigrationJdbc.migrationFailures(db.database());
    }
}
