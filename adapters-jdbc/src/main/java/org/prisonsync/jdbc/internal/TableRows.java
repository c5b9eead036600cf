package org.prisonsync.jdbc.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.prisonsync.core.UpstreamUnavailable;

/**
 * The rows of one table read as values: the select of the columns its mapper reads is said once, so each query of a
 * store says only its condition and binds. A failure of the database is an {@link UpstreamUnavailable} naming what
 * was being done.
 */
public final class TableRows<T> {
    private final Jdbi jdbi;
    private final String select;
    private final RowMapper<T> mapper;

    public TableRows(Jdbi jdbi, String table, String columns, RowMapper<T> mapper) {
        this.jdbi = jdbi;
        this.select = "select " + columns + " from " + table + " ";
        this.mapper = mapper;
    }

    /** The rows {@code condition} (a where clause, ordering, limit) selects, in its order. */
    public List<T> list(String doing, String condition, Consumer<Query> binds) {
        return SqlFailures.withHandle(jdbi, doing, handle -> {
            Query query = handle.createQuery(select + condition);
            binds.accept(query);
            return query.map(mapper).list();
        });
    }

    /** The first row {@code condition} selects, if any. */
    public Optional<T> first(String doing, String condition, Consumer<Query> binds) {
        return SqlFailures.withHandle(jdbi, doing, handle -> {
            Query query = handle.createQuery(select + condition);
            binds.accept(query);
            return query.map(mapper).findFirst();
        });
    }
}
