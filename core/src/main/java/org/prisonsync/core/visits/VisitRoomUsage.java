package org.prisonsync.core.visits;

import java.util.Objects;

/**
 * How many (future) visits use a NOMIS room ({@code GET /visits/rooms/usage-count}); {@code vsipRoom} is the mapped
 * DPS room, null when NOMIS reports it or when the room has no mapping.
 */
public record VisitRoomUsage(String prisonId, String agencyInternalLocationDescription, long count, String vsipRoom) {
    public VisitRoomUsage {
        Objects.requireNonNull(prisonId, "prisonId");
        Objects.requireNonNull(agencyInternalLocationDescription, "agencyInternalLocationDescription");
    }

    public VisitRoomUsage withVsipRoom(String room) {
        return new VisitRoomUsage(prisonId, agencyInternalLocationDescription, count, room);
    }
}
