package org.prisonsync.jdbc;

import java.time.Clock;
import org.prisonsync.core.movements.MatchingEventPairs;

/** The public way to the movement reconciliation's JDBC store without Dagger. */
public final class MovementsJdbcAdapters {
    private MovementsJdbcAdapters() {
    }

    /** {@code clock} stamps a row's {@code created_date} when the caller left it unset. */
    public static MatchingEventPairs matchingEventPairs(Database database, Clock clock) {
        return new JdbiMatchingEventPairs(database.jdbi(), clock, database.isPostgres());
    }
}
