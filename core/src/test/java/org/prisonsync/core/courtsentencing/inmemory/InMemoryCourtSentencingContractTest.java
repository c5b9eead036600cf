package org.prisonsync.core.courtsentencing.inmemory;

import org.junit.jupiter.api.Nested;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApiContract;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApiContract;

/** The court sentencing ports' contracts, run against the in-memory twins. */
class InMemoryCourtSentencingContractTest {

    @Nested
    class Nomis extends CourtSentencingNomisApiContract {
        private final InMemoryCourtSentencingNomisApi nomis = new InMemoryCourtSentencingNomisApi(0);

        @Override
        protected CourtSentencingNomisApi api() {
            return nomis;
        }

        @Override
        protected void admit(String offenderNo, long bookingId) {
            nomis.admit(offenderNo, bookingId);
        }
    }

    @Nested
    class Dps extends CourtSentencingDpsApiContract {
        private final InMemoryCourtSentencingDpsApi dps = new InMemoryCourtSentencingDpsApi();

        @Override
        protected CourtSentencingDpsApi api() {
            return dps;
        }

        @Override
        protected void put(Object record) {
            DpsRecords.put(dps, record);
        }
    }
}
