package org.prisonsync.jdbc.reconciliation;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.prisonsync.core.reconciliation.Exclusion;
import org.prisonsync.core.reconciliation.ReconciliationExclusions;
import org.prisonsync.jdbc.internal.SqlFailures;
import org.prisonsync.jdbc.internal.UtcTimestamps;

/**
 * Exclusions on {@code reconciliation_exclusion}, keyed by (name, key). An add is an insert, and an update when the
 * primary key says the key is listed already (also when another process listed it a moment before), each in its own
 * statement so that PostgreSQL's aborted-transaction rule does not apply.
 */
final class JdbiReconciliationExclusions implements ReconciliationExclusions {
    private final Jdbi jdbi;

    JdbiReconciliationExclusions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean add(Exclusion exclusion) {
        String doing = "adding a reconciliation exclusion";
        if (SqlFailures.insertUnlessTaken(jdbi, doing, handle -> handle.createUpdate("insert into"
                        + " reconciliation_exclusion (name, exclusion_key, reason, added_at)"
                        + " values (:name, :key, :reason, :added)")
                .bind("name", exclusion.reconciliation())
                .bind("key", exclusion.key())
                .bind("reason", exclusion.reason())
                .bind("added", UtcTimestamps.bind(exclusion.addedAt()))
                .execute())) {
            return true;
        }
        SqlFailures.useHandle(jdbi, doing, handle -> handle.createUpdate("update reconciliation_exclusion"
                        + " set reason = :reason, added_at = :added where name = :name and exclusion_key = :key")
                .bind("reason", exclusion.reason())
                .bind("added", UtcTimestamps.bind(exclusion.addedAt()))
                .bind("name", exclusion.reconciliation())
                .bind("key", exclusion.key())
                .execute());
        return false;
    }

    @Override
    public boolean remove(String reconciliation, String key) {
        return SqlFailures.withHandle(jdbi, "removing a reconciliation exclusion", handle -> handle.createUpdate(
                        "delete from reconciliation_exclusion where name = :name and exclusion_key = :key")
                .bind("name", reconciliation)
                .bind("key", key)
                .execute()) == 1;
    }

    @Override
    public List<Exclusion> list(String reconciliation) {
        return SqlFailures.withHandle(jdbi, "listing reconciliation exclusions", handle -> handle.createQuery(
                        "select name, exclusion_key, reason, added_at from reconciliation_exclusion"
                                + " where name = :name order by exclusion_key")
                .bind("name", reconciliation)
                .map((rs, ctx) -> new Exclusion(rs.getString("name"), rs.getString("exclusion_key"),
                        rs.getString("reason"), UtcTimestamps.read(rs.getObject("added_at", LocalDateTime.class))))
                .list());
    }

    @Override
    public boolean contains(String reconciliation, String key) {
        return SqlFailures.withHandle(jdbi, "looking up a reconciliation exclusion", handle -> handle.createQuery(
                        "select count(*) from reconciliation_exclusion where name = :name and exclusion_key = :key")
                .bind("name", reconciliation)
                .bind("key", key)
                .mapTo(Long.class)
                .one()) > 0;
    }
}
