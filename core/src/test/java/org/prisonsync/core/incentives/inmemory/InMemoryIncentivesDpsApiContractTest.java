package org.prisonsync.core.incentives.inmemory;

import java.time.LocalDateTime;
import org.prisonsync.core.incentives.IncentiveLevel;
import org.prisonsync.core.incentives.IncentiveReview;
import org.prisonsync.core.incentives.IncentivesDpsApi;
import org.prisonsync.core.incentives.IncentivesDpsApiContract;
import org.prisonsync.core.incentives.PrisonIncentiveLevel;

class InMemoryIncentivesDpsApiContractTest extends IncentivesDpsApiContract {
    private final InMemoryIncentivesDpsApi dps = new InMemoryIncentivesDpsApi();

    @Override
    protected IncentivesDpsApi api() {
        return dps;
    }

    @Override
    protected IncentiveReview givenReview(String prisonerNumber, long bookingId, String iepCode, LocalDateTime at,
                                          String agencyId, String comments) {
        return dps.addReview(prisonerNumber, bookingId, iepCode, at, agencyId, comments);
    }

    @Override
    protected void givenLevel(IncentiveLevel level) {
        dps.putLevel(level);
    }

    @Override
    protected void givenPrisonLevel(PrisonIncentiveLevel level) {
        dps.putPrisonLevel(level);
    }
}
