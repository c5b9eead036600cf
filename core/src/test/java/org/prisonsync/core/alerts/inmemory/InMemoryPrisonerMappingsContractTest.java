package org.prisonsync.core.alerts.inmemory;

import org.prisonsync.core.inmemory.InMemoryMappingStore;
import java.time.Clock;
import org.prisonsync.core.contract.PrisonerMappingsContract;

class InMemoryPrisonerMappingsContractTest extends PrisonerMappingsContract {
    @Override
    protected Stores newStores(Clock clock) {
        InMemoryMappingStore store = new InMemoryMappingStore(clock);
        return new Stores(store, new InMemoryPrisonerMappings(store));
    }
}
