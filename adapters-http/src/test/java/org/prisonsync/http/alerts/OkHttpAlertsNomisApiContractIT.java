package org.prisonsync.http.alerts;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.alerts.AlertsNomisApi;
import org.prisonsync.core.contract.AlertsNomisApiContract;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.SimulatedUpstream;

/** The NOMIS alerts contract through OkHttp, over real HTTP with client-credentials auth, against the simulator. */
class OkHttpAlertsNomisApiContractIT extends AlertsNomisApiContract {
    private static SimulatedUpstream upstream;
    private static AlertsNomisApi api;

    @BeforeAll
    static void startSimulator() {
        upstream = new SimulatedUpstream();
        api = AlertsHttp.alertsNomisApi(upstream.client, upstream.settings);
    }

    @AfterAll
    static void stopSimulator() {
        if (upstream != null) {
            upstream.close();
        }
    }

    @Override
    protected AlertsNomisApi api() {
        return api;
    }

    @Override
    protected void admit(String offenderNo) {
        upstream.simulator.nomisAlerts().newBooking(offenderNo, false);
    }
}
