package org.prisonsync.core.inmemory;

import java.time.Clock;
import org.prisonsync.core.contract.MappingStoreContract;
import org.prisonsync.core.mapping.MappingStore;

class InMemoryMappingStoreContractTest extends MappingStoreContract {
    @Override
    protected MappingStore newStore(Clock clock) {
        return new InMemoryMappingStore(clock);
    }
}
