package org.prisonsync.core.inmemory;

import java.time.Clock;
import org.prisonsync.core.contract.PrisonerMappingsContract;

class InMemoryPrisonerMappingsContractTest extends PrisonerMappingsContract {
    @Override
    protected Stores newStores(Clock clock) {
        InMemoryMappingStore store = new InMemoryMappingStore(clock);
        return new Stores(store, new InMemoryPrisonerMappings(store));
    }
}
