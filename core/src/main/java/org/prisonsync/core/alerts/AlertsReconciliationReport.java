package org.prisonsync.core.alerts;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.RunStatus;

/**
 * The on-demand alerts reconciliation's answer, read from the engine's stored run: the run (its id, for
 * {@code reconciliation show} and {@code repair}, and how it ended), how many active prisoners there were and were
 * checked, the pages read and failed, the prisoners that could not be checked, and the mismatches in prisoner order.
 */
public record AlertsReconciliationReport(String runId, RunStatus status, long activePrisoners, int prisonersChecked,
                                         int pagesChecked, int pageErrors, int prisonerErrors,
                                         List<AlertsMismatch> mismatches) {
    public AlertsReconciliationReport {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(status, "status");
        mismatches = List.copyOf(mismatches);
    }

    /** The report of an ended alerts run and the mismatches it stored; no active prisoners when NOMIS never said. */
    static AlertsReconciliationReport of(ReconciliationRun run, List<Mismatch> stored) {
        return new AlertsReconciliationReport(run.id(), run.status(), run.total() == null ? 0 : run.total(),
                Math.toIntExact(run.checked()), Math.toIntExact(run.pagesRead()), Math.toIntExact(run.pageErrors()),
                Math.toIntExact(run.itemErrors()), stored.stream().map(AlertsMismatch::of)
                .sorted(Comparator.comparing(AlertsMismatch::offenderNo)).toList());
    }

    /** Every prisoner was checked (whatever was found). */
    public boolean complete() {
        return status == RunStatus.COMPLETED && pageErrors == 0 && prisonerErrors == 0;
    }
}
