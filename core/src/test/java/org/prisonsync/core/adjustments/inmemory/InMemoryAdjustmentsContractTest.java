package org.prisonsync.core.adjustments.inmemory;

import org.junit.jupiter.api.Nested;
import org.prisonsync.core.adjustments.AdjustmentsDpsApi;
import org.prisonsync.core.adjustments.AdjustmentsDpsApiContract;
import org.prisonsync.core.adjustments.AdjustmentsNomisApi;
import org.prisonsync.core.adjustments.AdjustmentsNomisApiContract;

/** The adjustments ports' contracts, run against the in-memory twins. */
class InMemoryAdjustmentsContractTest {

    @Nested
    class Nomis extends AdjustmentsNomisApiContract {
        private final InMemoryAdjustmentsNomisApi nomis = new InMemoryAdjustmentsNomisApi();

        @Override
        protected AdjustmentsNomisApi api() {
            return nomis;
        }

        @Override
        protected void admit(long bookingId, String offenderNo, int bookingSequence, String prisonId) {
            nomis.admit(bookingId, offenderNo, bookingSequence, prisonId);
        }
    }

    @Nested
    class Dps extends AdjustmentsDpsApiContract {
        private final InMemoryAdjustmentsDpsApi dps = new InMemoryAdjustmentsDpsApi();

        @Override
        protected AdjustmentsDpsApi api() {
            return dps;
        }
    }
}
