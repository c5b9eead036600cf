package org.prisonsync.jdbc.visits;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.contract.VisitRoomMappingsContract;
import org.prisonsync.core.visits.VisitRoomMappings;
import org.prisonsync.jdbc.TestDatabase;

class H2VisitRoomMappingsContractIT extends VisitRoomMappingsContract {
    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.h2(H2VisitRoomMappingsContractIT.class);
    }

    @AfterAll
    static void removeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected VisitRoomMappings newRooms() {
        db.database().jdbi().useHandle(handle -> handle.execute("delete from visit_room_mapping"));
        return VisitsJdbc.visitRoomMappings(db.database());
    }
}
