package org.prisonsync.jdbc.movements;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.contract.MatchingEventPairsContract;
import org.prisonsync.core.movements.MatchingEventPairs;
import org.prisonsync.jdbc.TestDatabase;

class PostgresMatchingEventPairsContractIT extends MatchingEventPairsContract {
    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.postgres(PostgresMatchingEventPairsContractIT.class);
    }

    @AfterAll
    static void removeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected MatchingEventPairs newPairs() {
        // TestDatabase.clear() knows only the mapping tables
        db.database().jdbi().useHandle(handle -> {
            handle.execute("delete from matching_event_pair");
            handle.execute("delete from movement_prisoner_lock");
        });
        return MovementsJdbc.matchingEventPairs(db.database());
    }
}
