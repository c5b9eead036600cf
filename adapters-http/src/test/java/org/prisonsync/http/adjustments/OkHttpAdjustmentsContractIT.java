package org.prisonsync.http.adjustments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.adjustments.AdjustmentsDpsApi;
import org.prisonsync.core.adjustments.AdjustmentsDpsApiContract;
import org.prisonsync.core.adjustments.AdjustmentsNomisApi;
import org.prisonsync.core.adjustments.AdjustmentsNomisApiContract;
import org.prisonsync.http.SimulatedUpstream;
import org.prisonsync.simulator.adjustments.AdjustmentsSimulation;

/**
 * The adjustments ports' contracts through the OkHttp adapters, over real HTTP with client-credentials auth, against
 * the simulator's adjustment routes (which serve core's in-memory twins and, as the adjustments API does, refuse a
 * legacy write that is not {@code application/vnd.nomis-offence+json}).
 */
class OkHttpAdjustmentsContractIT {
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

    private static AdjustmentsSimulation simulation() {
        return upstream.simulator.domain(AdjustmentsSimulation.class);
    }

    @Nested
    class Nomis extends AdjustmentsNomisApiContract {
        private final AdjustmentsNomisApi api = AdjustmentsHttp.adjustmentsNomisApi(upstream.client,
                upstream.settings);

        @Override
        protected AdjustmentsNomisApi api() {
            return api;
        }

        @Override
        protected void admit(long bookingId, String offenderNo, int bookingSequence, String prisonId) {
            simulation().nomis().admit(bookingId, offenderNo, bookingSequence, prisonId);
        }
    }

    @Nested
    class Dps extends AdjustmentsDpsApiContract {
        private final AdjustmentsDpsApi api = AdjustmentsHttp.adjustmentsDpsApi(upstream.client, upstream.settings);

        @Override
        protected AdjustmentsDpsApi api() {
            return api;
        }

        @Test
        void theLegacyWritesArriveInTheAdjustmentsApisOwnContentType() {
            String id = api.create(AdjustmentsSimulation.legacy(42, null, "A1234AC", "ADA", 3));
            // the simulator answers 415 to any other content type, so the create reaching it is the proof
            assertThat(simulation().dps().find(id)).isPresent();
        }
    }
}
