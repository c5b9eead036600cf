package org.prisonsync.core.visits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Room mappings as a bulk migration reads them: a found mapping is kept for {@code ttl}, so the thousands of future
 * visits in one room cost one lookup, not one each (a lookup per visit was a twentieth of the engine's CPU).
 * Absence is never cached: a visit failing for want of a mapping finds it as soon as an operator adds it.
 * Changes made through this instance take effect at once; changes made elsewhere (another instance) within
 * {@code ttl}.
 */
final class CachedVisitRoomMappings implements VisitRoomMappings {
    private record Entry(VisitRoomMapping mapping, Instant expires) {
    }

    private record Key(String prisonId, String description) {
    }

    private final VisitRoomMappings store;
    private final Clock clock;
    private final Duration ttl;
    private final Map<Key, Entry> found = new ConcurrentHashMap<>();

    CachedVisitRoomMappings(VisitRoomMappings store, Clock clock, Duration ttl) {
        this.store = store;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public Optional<VisitRoomMapping> find(String prisonId, String nomisRoomDescription) {
        Key key = new Key(prisonId, nomisRoomDescription);
        Instant now = clock.instant();
        Entry entry = found.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            return Optional.of(entry.mapping());
        }
        Optional<VisitRoomMapping> mapping = store.find(prisonId, nomisRoomDescription);
        if (mapping.isPresent()) {
            found.put(key, new Entry(mapping.get(), now.plus(ttl)));
        } else {
            found.remove(key);
        }
        return mapping;
    }

    @Override
    public boolean create(VisitRoomMapping mapping) {
        found.remove(new Key(mapping.prisonId(), mapping.nomisRoomDescription()));
        return store.create(mapping);
    }

    @Override
    public boolean delete(String prisonId, String nomisRoomDescription) {
        boolean deleted = store.delete(prisonId, nomisRoomDescription);
        found.remove(new Key(prisonId, nomisRoomDescription));
        return deleted;
    }

    @Override
    public List<VisitRoomMapping> forPrison(String prisonId) {
        return store.forPrison(prisonId);
    }
}
