package org.prisonsync.core.appointments.inmemory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.prisonsync.core.appointments.LocationMappings;

/** The mapping service's location mappings in memory (DPS uuid → NOMIS internal location id). */
public final class InMemoryLocationMappings implements LocationMappings {
    private final Map<String, Long> byDps = new ConcurrentHashMap<>();

    public void map(String dpsLocationId, long nomisLocationId) {
        byDps.put(dpsLocationId, nomisLocationId);
    }

    @Override
    public Optional<Long> nomisLocationId(String dpsLocationId) {
        return Optional.ofNullable(byDps.get(dpsLocationId));
    }
}
