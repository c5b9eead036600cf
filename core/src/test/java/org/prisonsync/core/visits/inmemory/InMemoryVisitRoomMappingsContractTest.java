package org.prisonsync.core.visits.inmemory;

import org.prisonsync.core.contract.VisitRoomMappingsContract;
import org.prisonsync.core.visits.VisitRoomMappings;

class InMemoryVisitRoomMappingsContractTest extends VisitRoomMappingsContract {
    @Override
    protected VisitRoomMappings newRooms() {
        return new InMemoryVisitRoomMappings();
    }
}
