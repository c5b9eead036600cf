package org.prisonsync.jdbc.movements;

import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.contract.MatchingEventPairsContract;
import org.prisonsync.core.movements.MatchingEventPairs;
import org.prisonsync.jdbc.ClassDatabase;

/**
 * {@link MatchingEventPairsContract} on the JDBC adapter, on the database each subclass names with {@code @OnDatabase}.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcMatchingEventPairsContract extends MatchingEventPairsContract {
    @Override
    protected MatchingEventPairs newPairs() {
        return MovementsJdbc.matchingEventPairs(ClassDatabase.of(this).emptied("matching_event_pair",
                "movement_prisoner_lock"));
    }
}
