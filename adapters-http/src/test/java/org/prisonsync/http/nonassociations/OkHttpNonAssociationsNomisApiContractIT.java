package org.prisonsync.http.nonassociations;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.nonassociations.NonAssociationsNomisApi;
import org.prisonsync.core.nonassociations.NonAssociationsNomisApiContract;
import org.prisonsync.http.SimulatedUpstream;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;

/**
 * The NOMIS non-associations contract through OkHttp, over real HTTP with client-credentials auth, against the
 * simulator's NOMIS routes (which serve core's in-memory twin): the same cases the twin passes, held at the wire.
 */
class OkHttpNonAssociationsNomisApiContractIT extends NonAssociationsNomisApiContract {
    private static SimulatedUpstream upstream;
    private static NonAssociationsNomisApi api;

    @BeforeAll
    static void startSimulator() {
        upstream = new SimulatedUpstream();
        api = NonAssociationsHttp.nonAssociationsNomisApi(upstream.client, upstream.settings);
    }

    @AfterAll
    static void stopSimulator() {
        if (upstream != null) {
            upstream.close();
        }
    }

    @Override
    protected NonAssociationsNomisApi api() {
        return api;
    }

    @Override
    protected long admit(String offenderNo) {
        return upstream.simulator.domain(PrisonersSimulation.class).admit(offenderNo);
    }
}
