package org.prisonsync.http.locations;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.locations.LocationMappings;
import org.prisonsync.core.locations.LocationMappingsContract;
import org.prisonsync.http.SimulatedUpstream;
import org.prisonsync.simulator.locations.LocationsSimulation;

/**
 * The shared location mappings' contract through the OkHttp adapter, over real HTTP with client-credentials auth,
 * against the simulator's mapping-service route (serving core's in-memory twin): the same case the twin passes.
 */
class OkHttpLocationMappingsContractIT extends LocationMappingsContract {
    private static SimulatedUpstream upstream;
    private final LocationMappings api = LocationsHttp.locationMappings(upstream.client, upstream.settings);

    @BeforeAll
    static void startSimulator() {
        upstream = new SimulatedUpstream();
    }

    @AfterAll
    static void stopSimulator() {
        if (upstream != null) {
            upstream.close();
        }
    }

    @Override
    protected LocationMappings api() {
        return api;
    }

    @Override
    protected void map(String dpsLocationId, long nomisLocationId) {
        upstream.simulator.domain(LocationsSimulation.class).mappings().map(dpsLocationId, nomisLocationId);
    }
}
