package org.prisonsync.jdbc.movements;

import static org.prisonsync.jdbc.OnDatabase.Kind.POSTGRES;

import org.prisonsync.jdbc.OnDatabase;

@OnDatabase(POSTGRES)
class PostgresMatchingEventPairsContractIT extends JdbcMatchingEventPairsContract {
}
