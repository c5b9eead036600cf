package org.prisonsync.jdbc;

import static org.prisonsync.jdbc.OnDatabase.Kind.POSTGRES;

@OnDatabase(POSTGRES)
class PostgresEventTrailContractIT extends JdbcEventTrailContract {
}
