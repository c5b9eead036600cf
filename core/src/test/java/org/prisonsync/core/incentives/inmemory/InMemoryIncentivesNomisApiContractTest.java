package org.prisonsync.core.incentives.inmemory;

import org.prisonsync.core.incentives.IncentivesNomisApi;
import org.prisonsync.core.incentives.IncentivesNomisApiContract;

class InMemoryIncentivesNomisApiContractTest extends IncentivesNomisApiContract {
    private final InMemoryIncentivesNomisApi nomis = new InMemoryIncentivesNomisApi();

    @Override
    protected IncentivesNomisApi api() {
        return nomis;
    }

    @Override
    protected long admit(String offenderNo) {
        return nomis.admit(offenderNo);
    }
}
