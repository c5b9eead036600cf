package org.prisonsync.core.inmemory;

import org.prisonsync.core.contract.WriteClaimsContract;
import org.prisonsync.core.mapping.WriteClaims;

class InMemoryWriteClaimsContractTest extends WriteClaimsContract {
    @Override
    protected WriteClaims newClaims() {
        return new InMemoryWriteClaims();
    }
}
