package org.prisonsync.core.alerts.inmemory;

import org.prisonsync.core.alerts.AlertDuplicates;
import org.prisonsync.core.contract.AlertDuplicatesContract;

class InMemoryAlertDuplicatesContractTest extends AlertDuplicatesContract {
    @Override
    protected AlertDuplicates newStore() {
        return new InMemoryAlertDuplicates();
    }
}
