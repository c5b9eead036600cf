package org.prisonsync.core.activities.inmemory;

import org.prisonsync.core.activities.ActivitiesNomisApi;
import org.prisonsync.core.activities.ActivitiesNomisApiContract;

class InMemoryActivitiesNomisApiContractTest extends ActivitiesNomisApiContract {
    private final InMemoryActivitiesNomisApi nomis = new InMemoryActivitiesNomisApi();

    @Override
    protected ActivitiesNomisApi api() {
        return nomis;
    }
}
