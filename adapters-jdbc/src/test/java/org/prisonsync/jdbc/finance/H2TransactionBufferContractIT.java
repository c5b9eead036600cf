package org.prisonsync.jdbc.finance;

import static org.prisonsync.jdbc.OnDatabase.Kind.H2;

import org.prisonsync.jdbc.OnDatabase;

@OnDatabase(H2)
class H2TransactionBufferContractIT extends JdbcTransactionBufferContract {
}
