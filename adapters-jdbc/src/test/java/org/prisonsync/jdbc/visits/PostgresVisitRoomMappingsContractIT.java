package org.prisonsync.jdbc.visits;

import static org.prisonsync.jdbc.OnDatabase.Kind.POSTGRES;

import org.prisonsync.jdbc.OnDatabase;

@OnDatabase(POSTGRES)
class PostgresVisitRoomMappingsContractIT extends JdbcVisitRoomMappingsContract {
}
