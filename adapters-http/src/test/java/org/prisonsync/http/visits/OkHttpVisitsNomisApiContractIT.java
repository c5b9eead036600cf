package org.prisonsync.http.visits;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.contract.VisitsNomisApiContract;
import org.prisonsync.core.visits.NomisVisitRequest;
import org.prisonsync.core.visits.VisitsNomisApi;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.SimulatedUpstream;

/** The NOMIS visits contract through OkHttp, over real HTTP with client-credentials auth, against the simulator. */
class OkHttpVisitsNomisApiContractIT extends VisitsNomisApiContract {
    private static SimulatedUpstream upstream;
    private static VisitsNomisApi api;

    @BeforeAll
    static void startSimulator() {
        upstream = new SimulatedUpstream();
        api = VisitsHttp.visitsNomisApi(upstream.client, upstream.settings);
    }

    @AfterAll
    static void stopSimulator() {
        if (upstream != null) {
            upstream.close();
        }
    }

    @Override
    protected VisitsNomisApi api() {
        return api;
    }

    @Override
    protected long seedVisitByNomisUser(String offenderNo, NomisVisitRequest request) {
        return upstream.simulator.nomisVisits().createByNomisUser(offenderNo, request, "OFFICER_GEN").visitId();
    }

    @Override
    protected void cancelByNomisUser(long visitId, String outcome) {
        upstream.simulator.nomisVisits().cancelByNomisUser(visitId, outcome, "OFFICER_GEN");
    }
}
