package org.prisonsync.jdbc.trail;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.contract.EventTrailContract;
import org.prisonsync.core.trail.EventTrail;
import org.prisonsync.jdbc.TestDatabase;

class PostgresEventTrailContractIT extends EventTrailContract {
    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.postgres(PostgresEventTrailContractIT.class);
    }

    @AfterAll
    static void removeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected EventTrail newTrail() {
        db.database().jdbi().useHandle(handle -> handle.execute("delete from event_trail"));
        return TrailJdbcAdapters.trail(db.database());
    }
}
