package org.prisonsync.http.movements;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.contract.PrisonMovementsContract;
import org.prisonsync.core.movements.BookingMovement;
import org.prisonsync.core.movements.PrisonMovements;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.SimulatedUpstream;

/** The Prison API movements contract through OkHttp, over real HTTP with client-credentials auth, on the simulator. */
class OkHttpPrisonMovementsContractIT extends PrisonMovementsContract {
    private static SimulatedUpstream upstream;
    private static PrisonMovements api;

    @BeforeAll
    static void startSimulator() {
        upstream = new SimulatedUpstream();
        // the simulator serves the Prison API beside NOMIS; name it anyway, as production does
        HttpSettings settings = upstream.settings.withApiUrl("prison", upstream.simulator.baseUrl());
        api = MovementsHttp.prisonMovements(upstream.client, settings);
    }

    @AfterAll
    static void stopSimulator() {
        if (upstream != null) {
            upstream.close();
        }
    }

    @Override
    protected PrisonMovements api() {
        return api;
    }

    @Override
    protected void seed(long bookingId, BookingMovement movement) {
        upstream.simulator.prisonMovements().add(bookingId, movement);
    }
}
