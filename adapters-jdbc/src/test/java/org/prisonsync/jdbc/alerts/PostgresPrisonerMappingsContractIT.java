package org.prisonsync.jdbc.alerts;

import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.contract.PrisonerMappingsContract;
import org.prisonsync.jdbc.JdbcAdapters;
import org.prisonsync.jdbc.TestDatabase;

class PostgresPrisonerMappingsContractIT extends PrisonerMappingsContract {
    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.postgres(PostgresPrisonerMappingsContractIT.class);
    }

    @AfterAll
    static void removeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected Stores newStores(Clock clock) {
        db.clear();
        // TestDatabase.clear() does not know the alerts' lock rows
        db.database().jdbi().useHandle(handle -> handle.execute("delete from mapping_prisoner_lock"));
        return new Stores(JdbcAdapters.mappingStore(db.database(), clock),
                AlertsJdbc.prisonerMappings(db.database(), clock));
    }
}
