package org.prisonsync.jdbc.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.prisonsync.core.migration.HistoryQuery;
import org.prisonsync.core.migration.MigrationHistory;
import org.prisonsync.core.migration.MigrationRun;
import org.prisonsync.core.migration.MigrationStatus;
import org.prisonsync.core.migration.RunStart;
import org.prisonsync.jdbc.internal.SqlFailures;
import org.prisonsync.jdbc.internal.TableRows;
import org.prisonsync.jdbc.internal.UtcTimestamps;

/**
 * Migration history on the {@code migration_history} table. A start is one insert: the primary key refuses a taken
 * id and the unique {@code active_type} refuses a second active run of a type, so the check is atomic across
 * processes; a transition is one conditional update.
 */
final class JdbiMigrationHistory implements MigrationHistory {
    private static final String COLUMNS = "migration_id, migration_type, filter, when_started, when_ended,"
            + " estimated_record_count, records_migrated, records_failed, status";

    private final Jdbi jdbi;
    private final TableRows<MigrationRun> runs;

    JdbiMigrationHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.runs = new TableRows<>(jdbi, "migration_history", COLUMNS, JdbiMigrationHistory::map);
    }

    @Override
    public RunStart start(MigrationRun run) {
        boolean started = SqlFailures.insertUnlessTaken(jdbi, "starting a migration run",
                handle -> handle.createUpdate("insert into migration_history (" + COLUMNS
                                + ", active_type) values (:id, :type, :filter, :started, :ended, :estimated,"
                                + " :migrated, :failed, :status, :activeType)")
                        .bind("id", run.migrationId())
                        .bind("type", run.type())
                        .bind("filter", run.filterJson())
                        .bind("started", UtcTimestamps.bind(run.whenStarted()))
                        .bind("ended", UtcTimestamps.bindNullable(run.whenEnded()))
                        .bind("estimated", run.estimatedCount())
                        .bind("migrated", run.migratedCount())
                        .bind("failed", run.failedCount())
                        .bind("status", run.status().name())
                        .bind("activeType", run.active() ? run.type() : null)
                        .execute());
        if (started) {
            return RunStart.STARTED;
        }
        return find(run.migrationId()).isPresent() ? RunStart.ID_TAKEN : RunStart.ANOTHER_ACTIVE;
    }

    @Override
    public Optional<MigrationRun> find(String migrationId) {
        return runs.first("finding a migration run", "where migration_id = :id", q -> q.bind("id", migrationId));
    }

    @Override
    public Optional<MigrationRun> latest(String type) {
        return runs.first("finding the latest migration run", "where migration_type = :type"
                + " order by when_started desc, migration_id desc limit 1", q -> q.bind("type", type));
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
        return runs.list("searching migration history", "where " + String.join(" and ", where)
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
        return SqlFailures.withHandle(jdbi, "updating a migration run", handle -> handle.createUpdate(
                        "update migration_history set status = :status, active_type = :activeType,"
                                + " when_ended = :ended, records_migrated = :migrated, records_failed = :failed"
                                + " where migration_id = :id and status = :expected")
                .bind("status", next.status().name())
                .bind("activeType", next.active() ? next.type() : null)
                .bind("ended", UtcTimestamps.bindNullable(next.whenEnded()))
                .bind("migrated", next.migratedCount())
                .bind("failed", next.failedCount())
                .bind("id", migrationId)
                .bind("expected", expected.name())
                .execute()) == 1;
    }

    private static MigrationRun map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new MigrationRun(rs.getString("migration_id"), rs.getString("migration_type"),
                rs.getString("filter"), UtcTimestamps.read(rs.getObject("when_started", LocalDateTime.class)),
                UtcTimestamps.readNullable(rs.getObject("when_ended", LocalDateTime.class)),
                rs.getLong("estimated_record_count"), rs.getLong("records_migrated"), rs.getLong("records_failed"),
                MigrationStatus.valueOf(rs.getString("status")));
    }
}
