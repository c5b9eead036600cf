package org.prisonsync.http.alerts;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.alerts.AlertsDpsApi;
import org.prisonsync.core.contract.AlertsDpsApiContract;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.SimulatedUpstream;

/**
 * The DPS alerts contract through OkHttp, over real HTTP with client-credentials auth, against the simulator, with
 * the alerts API named on a URL of its own as in production.
 */
class OkHttpAlertsDpsApiContractIT extends AlertsDpsApiContract {
    /** The simulator's clock runs on NOMIS's zone. */
    private static final ZoneId SIMULATOR_ZONE = ZoneId.of("Europe/London");
    private static SimulatedUpstream upstream;
    private static AlertsDpsApi api;

    @BeforeAll
    static void startSimulator() {
        upstream = new SimulatedUpstream();
        api = AlertsHttp.alertsDpsApi(upstream.client,
                upstream.settings.withApiUrl("alerts", upstream.simulator.baseUrl()));
    }

    @AfterAll
    static void stopSimulator() {
        if (upstream != null) {
            upstream.close();
        }
    }

    @Override
    protected AlertsDpsApi api() {
        return api;
    }

    @Override
    protected LocalDate today() {
        return LocalDate.now(SIMULATOR_ZONE);
    }
}
