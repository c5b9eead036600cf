package org.prisonsync.core.adjudications.inmemory;

import java.time.Clock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.prisonsync.core.adjudications.AdjudicationsDpsApi;
import org.prisonsync.core.adjudications.AdjudicationsDpsApiContract;
import org.prisonsync.core.adjudications.AdjudicationsNomisApi;
import org.prisonsync.core.adjudications.AdjudicationsNomisApiContract;
import org.prisonsync.core.adjudications.DpsCharge;

/** The adjudications ports' contracts, run against the in-memory twins. */
class InMemoryAdjudicationsContractTest {

    @Nested
    class Nomis extends AdjudicationsNomisApiContract {
        private final InMemoryAdjudicationsNomisApi nomis = new InMemoryAdjudicationsNomisApi(Clock.systemUTC(), 0);

        @Override
        protected AdjudicationsNomisApi api() {
            return nomis;
        }

        @Override
        protected void admit(String offenderNo, long bookingId) {
            nomis.admit(offenderNo, bookingId);
        }

        @Override
        protected void merge(String offenderNo, LocalDateTime when) {
            nomis.merge(offenderNo, when);
        }
    }

    @Nested
    class Dps extends AdjudicationsDpsApiContract {
        private final InMemoryAdjudicationsDpsApi dps = new InMemoryAdjudicationsDpsApi();

        @Override
        protected AdjudicationsDpsApi api() {
            return dps;
        }

        @Override
        protected void put(DpsCharge charge, long bookingId) {
            dps.put(charge, bookingId);
        }
    }
}
