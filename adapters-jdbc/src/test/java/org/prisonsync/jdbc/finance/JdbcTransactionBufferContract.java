package org.prisonsync.jdbc.finance;

import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.contract.TransactionBufferContract;
import org.prisonsync.core.finance.TransactionBuffer;
import org.prisonsync.jdbc.ClassDatabase;

/**
 * {@link TransactionBufferContract} on the JDBC adapter, on the database each subclass names with
 * {@code @OnDatabase}: the racing cases there run on real row locks.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcTransactionBufferContract extends TransactionBufferContract {
    @Override
    protected TransactionBuffer newBuffer() {
        return FinanceJdbc.transactionBuffer(ClassDatabase.of(this).emptied("transaction_buffer"));
    }
}
