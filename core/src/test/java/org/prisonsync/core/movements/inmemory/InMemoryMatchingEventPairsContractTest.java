package org.prisonsync.core.movements.inmemory;

import org.prisonsync.core.contract.MatchingEventPairsContract;
import org.prisonsync.core.movements.MatchingEventPairs;

class InMemoryMatchingEventPairsContractTest extends MatchingEventPairsContract {
    @Override
    protected MatchingEventPairs newPairs() {
        return new InMemoryMatchingEventPairs();
    }
}
