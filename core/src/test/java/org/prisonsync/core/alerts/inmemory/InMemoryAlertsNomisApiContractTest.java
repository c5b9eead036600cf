package org.prisonsync.core.alerts.inmemory;

import org.prisonsync.core.alerts.AlertsNomisApi;
import org.prisonsync.core.contract.AlertsNomisApiContract;

class InMemoryAlertsNomisApiContractTest extends AlertsNomisApiContract {
    private final InMemoryAlertsNomisApi nomis = new InMemoryAlertsNomisApi();

    @Override
    protected AlertsNomisApi api() {
        return nomis;
    }

    @Override
    protected void admit(String offenderNo) {
        nomis.newBooking(offenderNo, true);
    }
}
