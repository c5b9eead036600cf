package org.prisonsync.core.visits.inmemory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.prisonsync.core.visits.VisitRoomMapping;
import org.prisonsync.core.visits.VisitRoomMappings;

/** Visit room mappings in a sorted map keyed by prison and room description. */
public final class InMemoryVisitRoomMappings implements VisitRoomMappings {
    private final Map<String, VisitRoomMapping> rooms = new TreeMap<>();

    @Override
    public synchronized Optional<VisitRoomMapping> find(String prisonId, String nomisRoomDescription) {
        return Optional.ofNullable(rooms.get(key(prisonId, nomisRoomDescription)));
    }

    @Override
    public synchronized boolean create(VisitRoomMapping mapping) {
        return rooms.putIfAbsent(key(mapping.prisonId(), mapping.nomisRoomDescription()), mapping) == null;
    }

    @Override
    public synchronized boolean delete(String prisonId, String nomisRoomDescription) {
        return rooms.remove(key(prisonId, nomisRoomDescription)) != null;
    }

    @Override
    public synchronized List<VisitRoomMapping> forPrison(String prisonId) {
        return rooms.values().stream().filter(r -> r.prisonId().equals(prisonId)).toList();
    }

    private static String key(String prisonId, String description) {
        return prisonId + "\u0000" + description;
    }
}
