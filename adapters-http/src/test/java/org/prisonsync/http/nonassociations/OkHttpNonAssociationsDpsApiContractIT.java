package org.prisonsync.http.nonassociations;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.nonassociations.DpsNonAssociation;
import org.prisonsync.core.nonassociations.NonAssociationsDpsApi;
import org.prisonsync.core.nonassociations.NonAssociationsDpsApiContract;
import org.prisonsync.http.SimulatedUpstream;
import org.prisonsync.simulator.nonassociations.NonAssociationsSimulation;

/** The DPS non-associations contract through OkHttp against the simulator's DPS routes, as the twin passes it. */
class OkHttpNonAssociationsDpsApiContractIT extends NonAssociationsDpsApiContract {
    private static SimulatedUpstream upstream;
    private static NonAssociationsDpsApi api;

    @BeforeAll
    static void startSimulator() {
        upstream = new SimulatedUpstream();
        api = NonAssociationsHttp.nonAssociationsDpsApi(upstream.client, upstream.settings);
    }

    @AfterAll
    static void stopSimulator() {
        if (upstream != null) {
            upstream.close();
        }
    }

    private static NonAssociationsSimulation simulation() {
        return upstream.simulator.domain(NonAssociationsSimulation.class);
    }

    @Override
    protected NonAssociationsDpsApi api() {
        return api;
    }

    @Override
    protected DpsNonAssociation make(String first, String second, String restrictionType) {
        return simulation().dps().create(first, "VICTIM", second, "PERPETRATOR", "BULLYING", restrictionType,
                "keep apart", MADE);
    }

    @Override
    protected void close(long id) {
        simulation().dps().close(id);
    }
}
