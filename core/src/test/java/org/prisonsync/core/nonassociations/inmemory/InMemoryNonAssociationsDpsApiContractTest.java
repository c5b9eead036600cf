package org.prisonsync.core.nonassociations.inmemory;

import org.prisonsync.core.nonassociations.DpsNonAssociation;
import org.prisonsync.core.nonassociations.NonAssociationsDpsApi;
import org.prisonsync.core.nonassociations.NonAssociationsDpsApiContract;

class InMemoryNonAssociationsDpsApiContractTest extends NonAssociationsDpsApiContract {
    private final InMemoryNonAssociationsDpsApi dps = new InMemoryNonAssociationsDpsApi();

    @Override
    protected NonAssociationsDpsApi api() {
        return dps;
    }

    @Override
    protected DpsNonAssociation make(String first, String second, String restrictionType) {
        return dps.create(first, "VICTIM", second, "PERPETRATOR", "BULLYING", restrictionType, "keep apart", MADE);
    }

    @Override
    protected void close(long id) {
        dps.close(id);
    }
}
