package org.prisonsync.jdbc.internal;

import static org.prisonsync.jdbc.OnDatabase.Kind.POSTGRES;

import org.prisonsync.jdbc.OnDatabase;

@OnDatabase(POSTGRES)
class PostgresMappingStoreContractIT extends JdbcMappingStoreContract {
}
