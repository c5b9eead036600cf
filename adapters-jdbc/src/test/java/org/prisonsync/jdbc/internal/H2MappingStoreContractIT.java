package org.prisonsync.jdbc.internal;

import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.contract.MappingStoreContract;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.jdbc.JdbcAdapters;
import org.prisonsync.jdbc.TestDatabase;

class H2MappingStoreContractIT extends MappingStoreContract {
    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.h2(H2MappingStoreContractIT.class);
    }

    @AfterAll
    static void removeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected MappingStore newStore(Clock clock) {
        db.clear();
        return JdbcAdapters.mappingStore(db.database(), clock);
    }
}
