package org.prisonsync.core.inmemory;

import org.prisonsync.core.contract.MatchingEventPairsContract;
import org.prisonsync.core.movements.MatchingEventPairs;

class InMemoryMatchingEventPairsContractTest extends MatchingEventPairsContract {
    @Override
    protected MatchingEventPairs newPairs() {
        return new InMemoryMatchingEventPairs();
    }
}
