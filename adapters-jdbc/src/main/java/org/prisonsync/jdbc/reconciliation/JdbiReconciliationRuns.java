package org.prisonsync.jdbc.reconciliation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.ReconciliationRuns;
import org.prisonsync.core.reconciliation.RunStatus;
import org.prisonsync.jdbc.internal.FormText;
import org.prisonsync.jdbc.internal.SqlFailures;
import org.prisonsync.jdbc.internal.TableRows;
import org.prisonsync.jdbc.internal.UtcTimestamps;

/**
 * Runs on {@code reconciliation_run}, mismatches on {@code reconciliation_mismatch}. A batch of mismatches is one
 * JDBC batch in one transaction (a multi-row insert on PostgreSQL); finishing is one update conditional on RUNNING.
 */
final class JdbiReconciliationRuns implements ReconciliationRuns {
    private static final String RUN_COLUMNS = "run_id, name, parameters, started_at, ended_at, status, total,"
            + " pages_read, checked, mismatch_count, item_errors, page_errors";
    private static final String MISMATCH_COLUMNS = "mismatch_key, fields, nomis_value, dps_value, likely_side, note";


    private final Jdbi jdbi;
    private final TableRows<ReconciliationRun> runs;
    private final TableRows<Mismatch> mismatches;

    JdbiReconciliationRuns(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.runs = new TableRows<>(jdbi, "reconciliation_run", RUN_COLUMNS, JdbiReconciliationRuns::run);
        this.mismatches = new TableRows<>(jdbi, "reconciliation_mismatch", MISMATCH_COLUMNS,
                JdbiReconciliationRuns::mismatch);
    }

    @Override
    public void start(ReconciliationRun run) {
        boolean started = SqlFailures.insertUnlessTaken(jdbi, "starting a reconciliation run",
                handle -> handle.createUpdate("insert into reconciliation_run (" + RUN_COLUMNS
                                + ") values (:id, :name, :parameters, :started, :ended, :status, :total, :pagesRead,"
                                + " :checked, :mismatches, :itemErrors, :pageErrors)")
                        .bind("id", run.id())
                        .bind("name", run.name())
                        .bind("parameters", FormText.encode(run.parameters()))
                        .bind("started", UtcTimestamps.bind(run.startedAt()))
                        .bind("ended", UtcTimestamps.bindNullable(run.endedAt()))
                        .bind("status", run.status().name())
                        .bind("total", run.total())
                        .bind("pagesRead", run.pagesRead())
                        .bind("checked", run.checked())
                        .bind("mismatches", run.mismatchCount())
                        .bind("itemErrors", run.itemErrors())
                        .bind("pageErrors", run.pageErrors())
                        .execute());
        if (!started) {
            throw new IllegalStateException("reconciliation run id " + run.id() + " is taken");
        }
    }

    @Override
    public void addMismatches(String runId, List<Mismatch> mismatches) {
        if (mismatches.isEmpty()) {
            return;
        }
        try {
            jdbi.useTransaction(handle -> {
                PreparedBatch batch = handle.prepareBatch("insert into reconciliation_mismatch (run_id, "
                        + MISMATCH_COLUMNS + ") values (:run, :key, :fields, :nomis, :dps, :side, :note)");
                for (Mismatch mismatch : mismatches) {
                    batch.bind("run", runId)
                            .bind("key", mismatch.key())
                            .bind("fields", FormText.encode(mismatch.fields()))
                            .bind("nomis", mismatch.nomisValue())
                            .bind("dps", mismatch.dpsValue())
                            .bind("side", mismatch.likelySide().name())
                            .bind("note", mismatch.note())
                            .add();
                }
                batch.execute();
            });
        } catch (JdbiException e) {
            throw SqlFailures.unavailable("storing " + mismatches.size() + " mismatches of run " + runId, e);
        }
    }

    @Override
    public boolean finish(ReconciliationRun ended) {
        if (ended.status() == RunStatus.RUNNING) {
            return false;
        }
        return SqlFailures.withHandle(jdbi, "finishing a reconciliation run", handle -> handle.createUpdate(
                        "update reconciliation_run set ended_at = :ended, status = :status, total = :total,"
                                + " pages_read = :pagesRead, checked = :checked,"
                                + " mismatch_count = :mismatches, item_errors = :itemErrors,"
                                + " page_errors = :pageErrors where run_id = :id and status = :running")
                .bind("ended", UtcTimestamps.bind(ended.endedAt()))
                .bind("status", ended.status().name())
                .bind("total", ended.total())
                .bind("pagesRead", ended.pagesRead())
                .bind("checked", ended.checked())
                .bind("mismatches", ended.mismatchCount())
                .bind("itemErrors", ended.itemErrors())
                .bind("pageErrors", ended.pageErrors())
                .bind("id", ended.id())
                .bind("running", RunStatus.RUNNING.name())
                .execute()) == 1;
    }

    @Override
    public Optional<ReconciliationRun> find(String runId) {
        return runs.first("finding a reconciliation run", "where run_id = :id", q -> q.bind("id", runId));
    }

    @Override
    public List<ReconciliationRun> latest(String name, int limit) {
        return runs.list("listing reconciliation runs",
                "where name = :name order by started_at desc, run_id desc limit :limit",
                q -> q.bind("name", name).bind("limit", limit));
    }

    @Override
    public List<Mismatch> mismatches(String runId) {
        return this.mismatches.list("listing reconciliation mismatches", "where run_id = :run order by id",
                q -> q.bind("run", runId));
    }

    @Override
    public Optional<Mismatch> mismatch(String runId, String key) {
        return mismatches.first("finding a reconciliation mismatch",
                "where run_id = :run and mismatch_key = :key order by id limit 1",
                q -> q.bind("run", runId).bind("key", key));
    }

    private static ReconciliationRun run(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ReconciliationRun(rs.getString("run_id"), rs.getString("name"),
                FormText.decode(rs.getString("parameters")),
                UtcTimestamps.read(rs.getObject("started_at", LocalDateTime.class)),
                UtcTimestamps.readNullable(rs.getObject("ended_at", LocalDateTime.class)),
                RunStatus.valueOf(rs.getString("status")),
                rs.getObject("total", Long.class), rs.getLong("pages_read"), rs.getLong("checked"),
                rs.getLong("mismatch_count"), rs.getLong("item_errors"), rs.getLong("page_errors"));
    }

    private static Mismatch mismatch(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Mismatch(rs.getString("mismatch_key"), FormText.decode(rs.getString("fields")),
                rs.getString("nomis_value"), rs.getString("dps_value"),
                LikelySide.valueOf(rs.getString("likely_side")), rs.getString("note"));
    }
}
