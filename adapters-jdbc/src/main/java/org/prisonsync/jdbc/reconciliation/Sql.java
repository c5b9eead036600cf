package org.prisonsync.jdbc.reconciliation;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.Argument;
import org.prisonsync.core.UpstreamUnavailable;

/**
 * What the reconciliation stores share: instants as UTC wall-clock {@code timestamp}s (bound and read as
 * {@link LocalDateTime}, so neither the JVM's nor the session's zone enters), and database faults turned into
 * {@link UpstreamUnavailable}, except the unique violation that the stores answer as a value.
 */
final class Sql {
    /** The SQL standard's unique_violation, reported by H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    static Argument timestamp(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        return (position, statement, context) -> statement.setObject(position, utc);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static <T> T withHandle(Jdbi jdbi, String doing, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw unavailable(doing, e);
        }
    }

    static UpstreamUnavailable unavailable(String doing, JdbiException cause) {
        return new UpstreamUnavailable("database failed while " + doing, cause);
    }
}
