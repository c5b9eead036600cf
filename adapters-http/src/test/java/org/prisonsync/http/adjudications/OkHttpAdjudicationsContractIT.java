package org.prisonsync.http.adjudications;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.prisonsync.core.adjudications.AdjudicationsDpsApi;
import org.prisonsync.core.adjudications.AdjudicationsDpsApiContract;
import org.prisonsync.core.adjudications.AdjudicationsNomisApi;
import org.prisonsync.core.adjudications.AdjudicationsNomisApiContract;
import org.prisonsync.core.adjudications.DpsCharge;
import org.prisonsync.http.SimulatedUpstream;
import org.prisonsync.simulator.adjudications.AdjudicationsSimulation;

/**
 * The adjudications ports' contracts through the OkHttp adapters, over real HTTP with client-credentials auth, against
 * the simulator's adjudication routes (which serve core's in-memory twins at upstream's paths).
 */
class OkHttpAdjudicationsContractIT {
    private static SimulatedUpstream upstream;

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

    private static AdjudicationsSimulation simulation() {
        return upstream.simulator.domain(AdjudicationsSimulation.class);
    }

    @Nested
    class Nomis extends AdjudicationsNomisApiContract {
        private final AdjudicationsNomisApi api = AdjudicationsHttp.adjudicationsNomisApi(upstream.client,
                upstream.settings);

        @Override
        protected AdjudicationsNomisApi api() {
            return api;
        }

        @Override
        protected void admit(String offenderNo, long bookingId) {
            simulation().nomis().admit(offenderNo, bookingId);
        }

        @Override
        protected void merge(String offenderNo, LocalDateTime when) {
            simulation().nomis().merge(offenderNo, when);
        }
    }

    @Nested
    class Dps extends AdjudicationsDpsApiContract {
        private final AdjudicationsDpsApi api = AdjudicationsHttp.adjudicationsDpsApi(upstream.client,
                upstream.settings);

        @Override
        protected AdjudicationsDpsApi api() {
            return api;
        }

        @Override
        protected void put(DpsCharge charge, long bookingId) {
            simulation().dps().put(charge, bookingId);
        }
    }
}
