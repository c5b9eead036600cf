package org.prisonsync.core.notify;

import java.util.List;

/** The alerts on the engines' own events, whichever domain they happen in. */
public final class EngineAlertRules {
    private EngineAlertRules() {
    }

    public static final List<AlertRule> ALL = List.of(
            new AlertRule("*-sent-to-dlq", "message dead-lettered", "prison-sync dlq list {dlqName}"),
            new AlertRule("*-reports-reconciliation-mismatch", "reconciliation mismatch",
                    "prison-sync reconciliation show {run-id}"),
            new AlertRule("*-migration-entity-failed", "migration entity failed",
                    "prison-sync migrate failures {migrationId}"),
            new AlertRule("*-migration-entity-duplicate", "duplicate found by a migration",
                    "prison-sync events --entity {duplicateDpsId}"));
}
