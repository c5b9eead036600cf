package org.prisonsync.core.visits.inmemory;

import org.prisonsync.core.contract.VisitsNomisApiContract;
import org.prisonsync.core.visits.NomisVisitRequest;
import org.prisonsync.core.visits.VisitsNomisApi;

class InMemoryVisitsNomisApiContractTest extends VisitsNomisApiContract {
    private final InMemoryVisitsNomisApi nomis = new InMemoryVisitsNomisApi();

    @Override
    protected VisitsNomisApi api() {
        return nomis;
    }

    @Override
    protected long seedVisitByNomisUser(String offenderNo, NomisVisitRequest request) {
        return nomis.createByNomisUser(offenderNo, request, "OFFICER_GEN").visitId();
    }

    @Override
    protected void cancelByNomisUser(long visitId, String outcome) {
        nomis.cancelByNomisUser(visitId, outcome, "OFFICER_GEN");
    }
}
