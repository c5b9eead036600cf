package org.prisonsync.core.reconciliation;

import org.prisonsync.core.PrisonSyncException;

/** No reconciliation of that name, run of that id, or mismatch of that key in the run: the API answers 404. */
public class ReconciliationNotFoundException extends PrisonSyncException {
    public ReconciliationNotFoundException(String message) {
        super(message);
    }

    static ReconciliationNotFoundException noReconciliation(String name) {
        return new ReconciliationNotFoundException("no reconciliation is called '" + name + "'");
    }

    static ReconciliationNotFoundException noRun(String runId) {
        return new ReconciliationNotFoundException("no reconciliation run has id '" + runId + "'");
    }
}
