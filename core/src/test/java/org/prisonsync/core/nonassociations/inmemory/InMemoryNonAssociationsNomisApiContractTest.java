package org.prisonsync.core.nonassociations.inmemory;

import org.prisonsync.core.nonassociations.NonAssociationsNomisApi;
import org.prisonsync.core.nonassociations.NonAssociationsNomisApiContract;

class InMemoryNonAssociationsNomisApiContractTest extends NonAssociationsNomisApiContract {
    private final InMemoryNonAssociationsNomisApi nomis = new InMemoryNonAssociationsNomisApi();

    @Override
    protected NonAssociationsNomisApi api() {
        return nomis;
    }

    @Override
    protected long admit(String offenderNo) {
        return nomis.admit(offenderNo);
    }
}
