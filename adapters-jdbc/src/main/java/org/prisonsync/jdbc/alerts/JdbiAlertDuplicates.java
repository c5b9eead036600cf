package org.prisonsync.jdbc.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.prisonsync.core.alerts.AlertDuplicate;
import org.prisonsync.core.alerts.AlertDuplicates;
import org.prisonsync.jdbc.internal.SqlFailures;
import org.prisonsync.jdbc.internal.UtcTimestamps;

/**
 * The reported duplicates on the {@code alert_duplicate} table. Its primary key on the DPS alert id is what makes
 * {@link #record} true exactly once across threads and processes: the insert either wins or meets the key.
 */
final class JdbiAlertDuplicates implements AlertDuplicates {
    private static final String COLUMNS =
            "dps_alert_id, prisoner_number, alert_code, existing_nomis_id, existing_dps_id, reported_at";

    private final Jdbi jdbi;

    JdbiAlertDuplicates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean record(AlertDuplicate duplicate) {
        return SqlFailures.insertUnlessTaken(jdbi, "recording a duplicate alert", handle -> handle.createUpdate(
                        "insert into alert_duplicate (" + COLUMNS + ") values (:dpsAlertId, :prisoner,"
                                + " :alertCode, :existingNomisId, :existingDpsId, :reportedAt)")
                .bind("dpsAlertId", duplicate.dpsAlertId())
                .bind("prisoner", duplicate.prisonerNumber())
                .bind("alertCode", duplicate.alertCode())
                .bind("existingNomisId", duplicate.existingNomisId())
                .bind("existingDpsId", duplicate.existingDpsId())
                .bind("reportedAt", UtcTimestamps.bind(duplicate.reportedAt()))
                .execute());
    }

    @Override
    public Optional<AlertDuplicate> find(String dpsAlertId) {
        return SqlFailures.withHandle(jdbi, "finding a duplicate alert", handle -> handle.createQuery(
                        "select " + COLUMNS + " from alert_duplicate where dps_alert_id = :id")
                .bind("id", dpsAlertId)
                .map(JdbiAlertDuplicates::row)
                .findOne());
    }

    @Override
    public List<AlertDuplicate> findByPrisoner(String prisonerNumber) {
        return SqlFailures.withHandle(jdbi, "finding a prisoner's duplicate alerts",
                handle -> handle.createQuery("select " + COLUMNS + " from alert_duplicate"
                        + " where prisoner_number = :prisoner order by reported_at, dps_alert_id")
                .bind("prisoner", prisonerNumber)
                .map(JdbiAlertDuplicates::row)
                .list());
    }

    @Override
    public boolean remove(String dpsAlertId) {
        return SqlFailures.withHandle(jdbi, "removing a duplicate alert", handle -> handle.createUpdate(
                        "delete from alert_duplicate where dps_alert_id = :id")
                .bind("id", dpsAlertId)
                .execute()) > 0;
    }

    private static AlertDuplicate row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AlertDuplicate(rs.getString("dps_alert_id"), rs.getString("prisoner_number"),
                rs.getString("alert_code"), rs.getString("existing_nomis_id"), rs.getString("existing_dps_id"),
                UtcTimestamps.read(rs.getObject("reported_at", LocalDateTime.class)));
    }
}
