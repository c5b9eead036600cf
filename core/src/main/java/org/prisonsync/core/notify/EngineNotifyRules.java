package org.prisonsync.core.notify;

import java.util.List;

/** The alerts on the engines' own events, whichever domain they happen in. */
public final class EngineNotifyRules {
    private EngineNotifyRules() {
    }

    public static final List<NotifyRule> ALL = List.of(
            new NotifyRule("*-sent-to-dlq", "message dead-lettered", "prison-sync dlq list {dlqName}"),
            new NotifyRule("*-reports-reconciliation-mismatch", "reconciliation mismatch",
                    "prison-sync reconciliation show {run-id}"),
            new NotifyRule("*-migration-entity-failed", "migration entity failed",
                    "prison-sync migrate failures {migrationId}"),
            new NotifyRule("*-migration-entity-duplicate", "duplicate found by a migration",
                    "prison-sync events --entity {duplicateDpsId}"));
}
