package org.prisonsync.core.locations.inmemory;

import org.prisonsync.core.locations.LocationMappings;
import org.prisonsync.core.locations.LocationMappingsContract;

/** The shared location mappings' contract, run against the in-memory twin. */
class InMemoryLocationMappingsContractTest extends LocationMappingsContract {
    private final InMemoryLocationMappings locations = new InMemoryLocationMappings();

    @Override
    protected LocationMappings api() {
        return locations;
    }

    @Override
    protected void map(String dpsLocationId, long nomisLocationId) {
        locations.map(dpsLocationId, nomisLocationId);
    }
}
