package org.prisonsync.jdbc.movements;

import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.contract.MatchingEventPairsContract;
import org.prisonsync.core.movements.MatchingEventPairs;
import org.prisonsync.jdbc.ClassDatabase;
import org.prisonsync.jdbc.TestDatabase;

/**
 * {@link MatchingEventPairsContract} on the JDBC adapter, on the database each subclass names with {@code @OnDatabase}.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcMatchingEventPairsContract extends MatchingEventPairsContract {
    @Override
    protected MatchingEventPairs newPairs() {
        TestDatabase db = ClassDatabase.of(this);
        // TestDatabase.clear() knows only the mapping tables
        db.database().jdbi().useHandle(handle -> {
            handle.execute("delete from matching_event_pair");
            handle.execute("delete from movement_prisoner_lock");
        });
        return MovementsJdbc.matchingEventPairs(db.database());
    }
}
