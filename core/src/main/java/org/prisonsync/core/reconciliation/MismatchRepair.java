package org.prisonsync.core.reconciliation;

import org.prisonsync.core.telemetry.Telemetry;

/**
 * Repairs the mismatches of one run through its reconciliation. A repair that throws becomes a FAILED result, so
 * one bad key does not stop a repair of the whole run; a real repair is tracked ({@code <prefix>-repair}), a dry run
 * is not, and a reconciliation that answers a dry run as a real repair (or the other way) is a bug, refused loudly.
 */
final class MismatchRepair {
    private final Reconciliation<?> reconciliation;
    private final RunEvents events;

    MismatchRepair(Reconciliation<?> reconciliation, ReconciliationRun run, Telemetry telemetry) {
        this.reconciliation = reconciliation;
        this.events = new RunEvents(reconciliation, run.id(), telemetry);
    }

    RepairResult repair(Mismatch mismatch, boolean dryRun) {
        RepairResult result;
        try {
            result = reconciliation.repair(mismatch, dryRun);
        } catch (RuntimeException e) {
            result = new RepairResult(mismatch.key(), dryRun, RepairResult.Outcome.FAILED,
                    e.getMessage() == null ? "the repair failed" : e.getMessage());
        }
        if (result.dryRun() != dryRun) {
            throw new IllegalStateException(reconciliation.name() + " answered a " + (dryRun ? "dry run" : "repair")
                    + " of " + mismatch.key() + " as if it were the other");
        }
        if (!dryRun) {
            events.repaired(result);
        }
        return result;
    }
}
