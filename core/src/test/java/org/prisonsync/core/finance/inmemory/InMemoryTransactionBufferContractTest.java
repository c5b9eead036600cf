package org.prisonsync.core.finance.inmemory;

import org.prisonsync.core.contract.TransactionBufferContract;
import org.prisonsync.core.finance.TransactionBuffer;

class InMemoryTransactionBufferContractTest extends TransactionBufferContract {
    @Override
    protected TransactionBuffer newBuffer() {
        return new InMemoryTransactionBuffer();
    }
}
