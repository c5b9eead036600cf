package org.prisonsync.core.reconciliation.inmemory;

import org.prisonsync.core.contract.ReconciliationRunsContract;
import org.prisonsync.core.reconciliation.ReconciliationRuns;

class InMemoryReconciliationRunsContractTest extends ReconciliationRunsContract {
    @Override
    protected ReconciliationRuns newRuns() {
        return new InMemoryReconciliationRuns();
    }
}
