package org.prisonsync.core.reconciliation.inmemory;

import org.prisonsync.core.contract.ReconciliationExclusionsContract;
import org.prisonsync.core.reconciliation.ReconciliationExclusions;

class InMemoryReconciliationExclusionsContractTest extends ReconciliationExclusionsContract {
    @Override
    protected ReconciliationExclusions newExclusions() {
        return new InMemoryReconciliationExclusions();
    }
}
