package org.prisonsync.core.visits.inmemory;

import org.prisonsync.core.contract.VisitsDpsApiContract;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.VisitsDpsApi;

class InMemoryVisitsDpsApiContractTest extends VisitsDpsApiContract {
    private final InMemoryVisitsDpsApi dps = new InMemoryVisitsDpsApi();

    @Override
    protected VisitsDpsApi api() {
        return dps;
    }

    @Override
    protected void book(DpsVisit visit) {
        dps.book(visit);
    }
}
