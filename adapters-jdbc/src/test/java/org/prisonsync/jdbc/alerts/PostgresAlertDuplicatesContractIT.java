package org.prisonsync.jdbc.alerts;

import static org.prisonsync.jdbc.OnDatabase.Kind.POSTGRES;

import org.prisonsync.jdbc.OnDatabase;

@OnDatabase(POSTGRES)
class PostgresAlertDuplicatesContractIT extends JdbcAlertDuplicatesContract {
}
