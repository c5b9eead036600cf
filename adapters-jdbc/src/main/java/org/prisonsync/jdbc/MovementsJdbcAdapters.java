package org.prisonsync.jdbc;

import org.prisonsync.core.movements.MatchingEventPairs;

/** The public way to the movement reconciliation's JDBC store without Dagger. */
public final class MovementsJdbcAdapters {
    private MovementsJdbcAdapters() {
    }

    public static MatchingEventPairs matchingEventPairs(Database database) {
        return new JdbiMatchingEventPairs(database.jdbi(), database.isPostgres());
    }
}
