package org.prisonsync.jdbc.reconciliation;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.prisonsync.core.reconciliation.Exclusion;
import org.prisonsync.core.reconciliation.ReconciliationExclusions;

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
        try {
            try {
                jdbi.useHandle(handle -> handle.createUpdate("insert into reconciliation_exclusion (name,"
                                + " exclusion_key, reason, added_at) values (:name, :key, :reason, :added)")
                        .bind("name", exclusion.reconciliation())
                        .bind("key", exclusion.key())
                        .bind("reason", exclusion.reason())
                        .bind("added", Sql.timestamp(exclusion.addedAt()))
                        .execute());
                return true;
            } catch (JdbiException e) {
                if (!Sql.isUniqueViolation(e)) {
                    throw e;
                }
            }
            jdbi.useHandle(handle -> handle.createUpdate("update reconciliation_exclusion set reason = :reason,"
                            + " added_at = :added where name = :name and exclusion_key = :key")
                    .bind("reason", exclusion.reason())
                    .bind("added", Sql.timestamp(exclusion.addedAt()))
                    .bind("name", exclusion.reconciliation())
                    .bind("key", exclusion.key())
                    .execute());
            return false;
        } catch (JdbiException e) {
            throw Sql.unavailable("adding a reconciliation exclusion", e);
        }
    }

    @Override
    public boolean remove(String reconciliation, String key) {
        return Sql.withHandle(jdbi, "removing a reconciliation exclusion", handle -> handle.createUpdate(
                        "delete from reconciliation_exclusion where name = :name and exclusion_key = :key")
                .bind("name", reconciliation)
                .bind("key", key)
                .execute()) == 1;
    }

    @Override
    public List<Exclusion> list(String reconciliation) {
        return Sql.withHandle(jdbi, "listing reconciliation exclusions", handle -> handle.createQuery(
                        "select name, exclusion_key, reason, added_at from reconciliation_exclusion"
                                + " where name = :name order by exclusion_key")
                .bind("name", reconciliation)
                .map((rs, ctx) -> new Exclusion(rs.getString("name"), rs.getString("exclusion_key"),
                        rs.getString("reason"), Sql.instant(rs.getObject("added_at", LocalDateTime.class))))
                .list());
    }

    @Override
    public boolean contains(String reconciliation, String key) {
        return Sql.withHandle(jdbi, "looking up a reconciliation exclusion", handle -> handle.createQuery(
                        "select count(*) from reconciliation_exclusion where name = :name and exclusion_key = :key")
                .bind("name", reconciliation)
                .bind("key", key)
                .mapTo(Long.class)
                .one()) > 0;
    }
}
