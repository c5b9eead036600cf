package org.prisonsync.core.trail.inmemory;

import org.prisonsync.core.contract.EventTrailContract;
import org.prisonsync.core.trail.EventTrail;

class InMemoryEventTrailContractTest extends EventTrailContract {
    @Override
    protected EventTrail newTrail() {
        return new InMemoryEventTrail();
    }
}
