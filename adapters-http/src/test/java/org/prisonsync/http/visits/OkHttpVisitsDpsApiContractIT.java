package org.prisonsync.http.visits;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.contract.VisitsDpsApiContract;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.SimulatedUpstream;

/** The DPS visits contract through OkHttp, over real HTTP with client-credentials auth, against the simulator. */
class OkHttpVisitsDpsApiContractIT extends VisitsDpsApiContract {
    private static SimulatedUpstream upstream;
    private static VisitsDpsApi api;

    @BeforeAll
    static void startSimulator() {
        upstream = new SimulatedUpstream();
        api = VisitsHttp.visitsDpsApi(upstream.client, upstream.settings);
    }

    @AfterAll
    static void stopSimulator() {
        if (upstream != null) {
            upstream.close();
        }
    }

    @Override
    protected VisitsDpsApi api() {
        return api;
    }

    @Override
    protected void book(DpsVisit visit) {
        upstream.simulator.dpsVisits().book(visit);
    }
}
