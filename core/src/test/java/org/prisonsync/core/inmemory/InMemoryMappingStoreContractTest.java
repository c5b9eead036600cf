package org.prisonsync.core.inmemory;

import java.time.Clock;
import org.prisonsync.core.contract.MappingStoreContract;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;

class InMemoryMappingStoreContractTest extends MappingStoreContract {
    @Override
    protected MappingStore newStore(Clock clock) {
        return new InMemoryMappingStore(clock);
    }

    @Override
    protected WriteClaims claimsBeside() {
        return new InMemoryWriteClaims();
    }
}
