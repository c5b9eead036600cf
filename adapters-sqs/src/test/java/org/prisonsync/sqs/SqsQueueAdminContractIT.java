package org.prisonsync.sqs;

import java.util.List;
import org.prisonsync.core.contract.QueueAdminContract;
import org.prisonsync.core.queue.QueueDefinition;
import software.amazon.awssdk.services.sqs.SqsClient;

class SqsQueueAdminContractIT extends QueueAdminContract {

    @Override
    protected Ports portsFor(QueueDefinition queue) {
        ElasticMqFixture sqs = ElasticMqFixture.shared();
        SqsClient client = sqs.client();
        SqsQueueProvisioner.createAll(client, List.of(queue), ElasticMqFixture.VISIBILITY_TIMEOUT_SECONDS);
        return new Ports(SqsAdapters.messageQueue(client), SqsAdapters.queueAdmin(client, List.of(queue)));
    }
}
