package org.prisonsync.core.inmemory;

import org.prisonsync.core.alerts.ActivePrisoners;
import org.prisonsync.core.contract.ActivePrisonersContract;

class InMemoryActivePrisonersContractTest extends ActivePrisonersContract {
    private final InMemoryActivePrisoners prisoners = new InMemoryActivePrisoners();

    InMemoryActivePrisonersContractTest() {
        PRISONERS.forEach(prisoners::add);
    }

    @Override
    protected ActivePrisoners prisoners() {
        return prisoners;
    }
}
