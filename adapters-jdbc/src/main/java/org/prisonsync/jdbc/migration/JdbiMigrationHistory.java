package org.prisonsync.jdbc.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.prisonsync.core.migration.HistoryQuery;
import org.prisonsync.core.migration.MigrationHistory;
import org.prisonsync.core.migration.MigrationRun;
import org.prisonsync.core.migration.MigrationStatus;
import org.prisonsync.core.migration.RunStart;
import org.prisonsync.jdbc.internal.SqlFailures;
import org.prisonsync.jdbc.internal.UtcTimestamps;

/**
 * Migration history on the {@code migration_history} table. A start is one insert: the primary key refuses a taken
 * id and the unique {@code active_type} refuses a second active run of a type, so the check is atomic across
 * processes; a transition is one conditional update.
 */
final class JdbiMigrationHistory implements MigrationHistory {
    private static final String COLUMNS = "migration_id, migration_type, filter, when_started, when_ended,"
            + " estimated_record_count, records_migrated, records_failed, status";
    private static final RowMapper<MigrationRun> ROWS = JdbiMigrationHistory::map;

    private final Jdbi jdbi;

    JdbiMigrationHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public RunStart start(MigrationRun run) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("insert into migration_history (" + COLUMNS
                            + ", active_type) values (:id, :type, :filter, :started, :ended, :estimated, :migrated,"
                            + " :failed, :status, :activeType)")
                    .bind("id", run.migrationId())
                    .bind("type", run.type())
                    .bind("filter", run.filterJson())
                    .bind("started", UtcTimestamps.bind(run.whenStarted()))
                    .bind("ended", run.whenEnded() == null ? null : UtcTimestamps.bind(run.whenEnded()))
                    .bind("estimated", run.estimatedCount())
                    .bind("migrated", run.migratedCount())
                    .bind("failed", run.failedCount())
                    .bind("status", run.status().name())
                    .bind("activeType", run.active() ? run.type() : null)
                    .execute());
            return RunStart.STARTED;
        } catch (JdbiException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                return find(run.migrationId()).isPresent() ? RunStart.ID_TAKEN : RunStart.ANOTHER_ACTIVE;
            }
            throw SqlFailures.unavailable("starting a migration run", e);
        }
    }

    @Override
    public Optional<MigrationRun> find(String migrationId) {
        return query("finding a migration run", "where migration_id = :id", q -> q.bind("id", migrationId))
                .stream().findFirst();
    }

    @Override
    public Optional<MigrationRun> latest(String type) {
        return query("finding the latest migration run", "where migration_type = :type"
                + " order by when_started desc, migration_id desc limit 1", q -> q.bind("type", type))
                .stream().findFirst();
    }

    @Override
    public List<MigrationRun> find(HistoryQuery query) {
        List<String> where = new ArrayList<>(List.of("migration_type = :type"));
        if (query.from() != null) {
            where.add("when_started >= :from");
        }
        if (query.to() != null) {
            where.add("when_started <= :to");
        }
        if (query.onlyFailures()) {
            where.add("records_failed > 0");
        }
        if (query.prisonId() != null) {
            where.add("filter like :prison");
        }
        return query("searching migration history", "where " + String.join(" and ", where)
                + " order by when_started desc, migration_id desc", q -> {
                    q.bind("type", query.type());
                    if (query.from() != null) {
                        q.bind("from", UtcTimestamps.bind(query.from()));
                    }
                    if (query.to() != null) {
                        q.bind("to", UtcTimestamps.bind(query.to()));
                    }
                    if (query.prisonId() != null) {
                        q.bind("prison", "%\"" + query.prisonId() + "\"%");
                    }
                });
    }

    @Override
    public boolean transition(String migrationId, MigrationStatus expected, MigrationRun next) {
        try {
            return jdbi.withHandle(handle -> handle.createUpdate("update migration_history set status = :status,"
                            + " active_type = :activeType,"
                            + " when_ended = :ended, records_migrated = :migrated, records_failed = :failed"
                            + " where migration_id = :id and status = :expected")
                    .bind("status", next.status().name())
                    .bind("activeType", next.active() ? next.type() : null)
                    .bind("ended", next.whenEnded() == null ? null : UtcTimestamps.bind(next.whenEnded()))
                    .bind("migrated", next.migratedCount())
                    .bind("failed", next.failedCount())
                    .bind("id", migrationId)
                    .bind("expected", expected.name())
                    .execute()) == 1;
        } catch (JdbiException e) {
            throw SqlFailures.unavailable("updating a migration run", e);
        }
    }

    private List<MigrationRun> query(String doing, String rest, java.util.function.Consumer<Query> binds) {
        try {
            return jdbi.withHandle(handle -> {
                Query q = handle.createQuery("select " + COLUMNS + " from migration_history " + rest);
                binds.accept(q);
                return q.map(ROWS).list();
            });
        } catch (JdbiException e) {
            throw SqlFailures.unavailable(doing, e);
        }
    }

    private static MigrationRun map(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws SQLException {
        LocalDateTime ended = rs.getObject("when_ended", LocalDateTime.class);
        return new MigrationRun(rs.getString("migration_id"), rs.getString("migration_type"),
                rs.getString("filter"), UtcTimestamps.read(rs.getObject("when_started", LocalDateTime.class)),
                ended == null ? null : UtcTimestamps.read(ended), rs.getLong("estimated_record_count"),
                rs.getLong("records_migrated"), rs.getLong("records_failed"),
                MigrationStatus.valueOf(rs.getString("status")));
    }
}
