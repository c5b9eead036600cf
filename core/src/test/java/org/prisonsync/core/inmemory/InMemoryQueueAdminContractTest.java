package org.prisonsync.core.inmemory;

import java.util.List;
import org.prisonsync.core.contract.QueueAdminContract;
import org.prisonsync.core.queue.QueueDefinition;

class InMemoryQueueAdminContractTest extends QueueAdminContract {

    @Override
    protected Ports portsFor(QueueDefinition queue) {
        InMemoryQueues queues = new InMemoryQueues(List.of(queue));
        return new Ports(queues, queues);
    }
}
