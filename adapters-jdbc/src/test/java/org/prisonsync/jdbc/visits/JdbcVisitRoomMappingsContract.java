package org.prisonsync.jdbc.visits;

import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.contract.VisitRoomMappingsContract;
import org.prisonsync.core.visits.VisitRoomMappings;
import org.prisonsync.jdbc.ClassDatabase;

/**
 * {@link VisitRoomMappingsContract} on the JDBC adapter, on the database each subclass names with {@code @OnDatabase}.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcVisitRoomMappingsContract extends VisitRoomMappingsContract {
    @Override
    protected VisitRoomMappings newRooms() {
        return VisitsJdbc.visitRoomMappings(ClassDatabase.of(this).emptied("visit_room_mapping"));
    }
}
