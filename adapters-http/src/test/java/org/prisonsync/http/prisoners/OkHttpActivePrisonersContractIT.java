package org.prisonsync.http.prisoners;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.contract.ActivePrisonersContract;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.SimulatedUpstream;

/** The active prisoners contract through OkHttp, over real HTTP with client-credentials auth, on the simulator. */
class OkHttpActivePrisonersContractIT extends ActivePrisonersContract {
    private static SimulatedUpstream upstream;
    private static ActivePrisoners api;

    @BeforeAll
    static void startSimulator() {
        upstream = new SimulatedUpstream();
        PRISONERS.forEach(upstream.simulator.activePrisoners()::add);
        api = PrisonersHttp.activePrisoners(upstream.client, upstream.settings);
    }

    @AfterAll
    static void stopSimulator() {
        if (upstream != null) {
            upstream.close();
        }
    }

    @Override
    protected ActivePrisoners prisoners() {
        return api;
    }
}
