package org.prisonsync.jdbc.migration;

import static org.prisonsync.jdbc.OnDatabase.Kind.POSTGRES;

import org.prisonsync.jdbc.OnDatabase;

@OnDatabase(POSTGRES)
class PostgresMigrationFailuresContractIT extends JdbcMigrationFailuresContract {
}
