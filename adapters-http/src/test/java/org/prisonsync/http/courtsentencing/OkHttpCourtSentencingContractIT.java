package org.prisonsync.http.courtsentencing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApiContract;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApiContract;
import org.prisonsync.core.courtsentencing.inmemory.DpsRecords;
import org.prisonsync.http.SimulatedUpstream;
import org.prisonsync.simulator.courtsentencing.CourtSentencingSimulation;

/**
 * The court sentencing ports' contracts through the OkHttp adapters, over real HTTP with client-credentials auth,
 * against the simulator's court sentencing routes (which serve core's in-memory twins at upstream's paths).
 */
class OkHttpCourtSentencingContractIT {
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

    private static CourtSentencingSimulation simulation() {
        return upstream.simulator.domain(CourtSentencingSimulation.class);
    }

    @Nested
    class Nomis extends CourtSentencingNomisApiContract {
        private final CourtSentencingNomisApi api = CourtSentencingHttp.courtSentencingNomisApi(upstream.client,
                upstream.settings);

        @Override
        protected CourtSentencingNomisApi api() {
            return api;
        }

        @Override
        protected void admit(String offenderNo, long bookingId) {
            simulation().nomis().admit(offenderNo, bookingId);
        }
    }

    @Nested
    class Dps extends CourtSentencingDpsApiContract {
        private final CourtSentencingDpsApi api = CourtSentencingHttp.courtSentencingDpsApi(upstream.client,
                upstream.settings);

        @Override
        protected CourtSentencingDpsApi api() {
            return api;
        }

        @Override
        protected void put(Object record) {
            DpsRecords.put(simulation().dps(), record);
        }
    }
}
