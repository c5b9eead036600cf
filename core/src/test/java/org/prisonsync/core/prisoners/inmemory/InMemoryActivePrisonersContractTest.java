package org.prisonsync.core.prisoners.inmemory;

import org.prisonsync.core.prisoners.ActivePrisoners;
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
