package org.prisonsync.jdbc.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.prisonsync.core.UpstreamUnavailable;

/**
 * Tells the one database failure the adapters turn into a value (a unique violation) from all the others, and runs
 * statements so that every other failure becomes an {@link UpstreamUnavailable} naming what was being done.
 */
public final class SqlFailures {
    /** The SQL standard's unique_violation; H2 (in any mode) and PostgreSQL both report it. */
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlFailures() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database could not be reached or the pool gave no connection in time (SQL state class 08, or a
     * connection exception), as opposed to a failure of one statement.
     */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code work} on a handle; any failure of the database becomes an {@link UpstreamUnavailable}. */
    public static <T> T withHandle(Jdbi jdbi, String doing, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw unavailable(doing, e);
        }
    }

    /** {@link #withHandle} for work without a result. */
    public static void useHandle(Jdbi jdbi, String doing, HandleConsumer<RuntimeException> work) {
        try {
            jdbi.useHandle(work);
        } catch (JdbiException e) {
            throw unavailable(doing, e);
        }
    }

    /**
     * Runs an insert: true if it went in, false if a unique key refused it (the row, or one with its key, is there
     * already); any other failure of the database becomes an {@link UpstreamUnavailable}.
     */
    public static boolean insertUnlessTaken(Jdbi jdbi, String doing, HandleConsumer<RuntimeException> insert) {
        try {
            jdbi.useHandle(insert);
            return true;
        } catch (JdbiException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw unavailable(doing, e);
        }
    }

    public static UpstreamUnavailable unavailable(String doing, JdbiException cause) {
        return new UpstreamUnavailable("database failed while " + doing, cause);
    }
}
