package org.prisonsync.core.locations.inmemory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.prisonsync.core.locations.LocationMappings;

/** The mapping service's location mappings in memory (DPS uuid → NOMIS internal location id). */
public final class InMemoryLocationMappings implements LocationMappings {
    private final Map<String, Long> byDps = new ConcurrentHashMap<>();

    public void map(String dpsLocationId, long nomisLocationId) {
        byDps.put(dpsLocationId, nomisLocationId);
    }

    /** The location unmapped again (a simulated location deleted, or not synchronised yet). */
    public void unmap(String dpsLocationId) {
        byDps.remove(dpsLocationId);
    }

    @Override
    public Optional<Long> nomisLocationId(String dpsLocationId) {
        return Optional.ofNullable(byDps.get(dpsLocationId));
    }
}
