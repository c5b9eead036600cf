package org.prisonsync.jdbc.finance;

import static org.prisonsync.jdbc.OnDatabase.Kind.POSTGRES;

import org.prisonsync.jdbc.OnDatabase;

@OnDatabase(POSTGRES)
class PostgresTransactionBufferContractIT extends JdbcTransactionBufferContract {
}
