package org.prisonsync.jdbc.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.argument.Argument;

/**
 * Instants are kept in {@code timestamp} columns as UTC wall-clock time. Binding and reading {@link LocalDateTime}
 * through {@code setObject}/{@code getObject} keeps the JVM's and the session's time zones out of it entirely.
 */
public final class UtcTimestamps {
    private UtcTimestamps() {
    }

    /** Both databases keep microseconds: trim first so what a caller gets back equals what a later read returns. */
    public static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static Argument bind(Instant instant) {
        LocalDateTime utc = local(instant);
        return (position, statement, context) -> statement.setObject(position, utc);
    }

    /** The value {@link #bind} sets, for a statement made with plain JDBC. */
    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(storable(instant), ZoneOffset.UTC);
    }

    /** {@link #bind} for an optional column: null binds SQL NULL. */
    public static Argument bindNullable(Instant instant) {
        return instant == null ? null : bind(instant);
    }

    public static Instant read(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    /** {@link #read} for an optional column: NULL reads as null. */
    public static Instant readNullable(LocalDateTime utc) {
        return utc == null ? null : read(utc);
    }
}
