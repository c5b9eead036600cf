package org.prisonsync.jdbc.migration;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.prisonsync.core.migration.MigrationFailure;
import org.prisonsync.core.migration.MigrationFailures;
import org.prisonsync.jdbc.internal.SqlFailures;
import org.prisonsync.jdbc.internal.UtcTimestamps;

/** Migration failures on {@code migration_failure}: insert, or update the reason when the entity failed before. */
final class JdbiMigrationFailures implements MigrationFailures {
    private static final int MAX_REASON = 2000;

    private final Jdbi jdbi;

    JdbiMigrationFailures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(MigrationFailure failure) {
        String reason = failure.reason().length() <= MAX_REASON ? failure.reason()
                : failure.reason().substring(0, MAX_REASON);
        String doing = "recording a migration failure";
        if (update(doing, failure, reason) > 0) {
            return;
        }
        boolean inserted = SqlFailures.insertUnlessTaken(jdbi, doing, handle -> handle.createUpdate("insert into"
                        + " migration_failure (migration_id, migration_type, entity_id, reason, when_failed)"
                        + " values (:id, :type, :entity, :reason, :when)")
                .bind("id", failure.migrationId())
                .bind("type", failure.type())
                .bind("entity", failure.entityId())
                .bind("reason", reason)
                .bind("when", UtcTimestamps.bind(failure.when()))
                .execute());
        if (!inserted) {
            update(doing, failure, reason); // recorded concurrently: the latest reason still wins
        }
    }

    private int update(String doing, MigrationFailure failure, String reason) {
        return SqlFailures.withHandle(jdbi, doing, handle -> handle.createUpdate("update migration_failure"
                        + " set reason = :reason, when_failed = :when where migration_id = :id and entity_id = :entity")
                .bind("reason", reason)
                .bind("when", UtcTimestamps.bind(failure.when()))
                .bind("id", failure.migrationId())
                .bind("entity", failure.entityId())
                .execute());
    }

    @Override
    public List<MigrationFailure> list(String migrationId) {
        return SqlFailures.withHandle(jdbi, "listing migration failures",
                handle -> handle.createQuery("select migration_id, migration_type, entity_id,"
                        + " reason, when_failed from migration_failure where migration_id = :id"
                        + " order by entity_id")
                .bind("id", migrationId)
                .map((rs, ctx) -> new MigrationFailure(rs.getString("migration_id"),
                        rs.getString("migration_type"), rs.getString("entity_id"), rs.getString("reason"),
                        UtcTimestamps.read(rs.getObject("when_failed", LocalDateTime.class))))
                .list());
    }
}
