package org.prisonsync.sqs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.queue.QueueDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;

/**
 * Creates queues the way upstream's library does for localstack: the DLQ first, then the main queue with its
 * visibility timeout and a {@code RedrivePolicy} pointing at the DLQ. In AWS the queues come from Terraform; this is
 * for ElasticMQ and tests. Idempotent: existing queues are kept and their attributes brought in line.
 */
public final class SqsQueueProvisioner {

    private static final Logger log = LoggerFactory.getLogger(SqsQueueProvisioner.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SqsQueueProvisioner() {
    }

    /**
     * Creates every queue with its DLQ. The queues are independent, so they are created at once, one thread each
     * (three calls per queue, one after the other): on ElasticMQ that takes the start from about 0.1 s a queue to
     * about the time of one queue. The first failure is rethrown after every creation has ended.
     */
    public static void createAll(SqsClient client, List<QueueDefinition> queues, int visibilityTimeoutSeconds) {
        List<Thread> threads = new ArrayList<>();
        List<RuntimeException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (QueueDefinition queue : queues) {
            Thread thread = new Thread(() -> {
                try {
                    createOne(client, queue, visibilityTimeoutSeconds);
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }, "create-queue-" + queue.id());
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating queues", e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private static void createOne(SqsClient client, QueueDefinition queue, int visibilityTimeoutSeconds) {
        String dlqUrl = create(client, queue.dlqName(), Map.of());
        String dlqArn = client.getQueueAttributes(r -> r.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        create(client, queue.queueName(), Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(visibilityTimeoutSeconds),
                QueueAttributeName.REDRIVE_POLICY, redrivePolicy(dlqArn, queue.maxReceiveCount())));
        log.info("queue {} ready (DLQ {}, maxReceiveCount {})", queue.queueName(), queue.dlqName(),
                queue.maxReceiveCount());
    }

    static String redrivePolicy(String dlqArn, int maxReceiveCount) {
        ObjectNode policy = MAPPER.createObjectNode();
        policy.put("deadLetterTargetArn", dlqArn);
        policy.put("maxReceiveCount", Integer.toString(maxReceiveCount));
        return policy.toString();
    }

    private static String create(SqsClient client, String name, Map<QueueAttributeName, String> attributes) {
        try {
            return client.createQueue(r -> r.queueName(name).attributes(attributes)).queueUrl();
        } catch (QueueNameExistsException e) {
            // It exists with other attributes: keep it and update them.
            String url = client.getQueueUrl(r -> r.queueName(name)).queueUrl();
            if (!attributes.isEmpty()) {
                client.setQueueAttributes(r -> r.queueUrl(url).attributes(attributes));
            }
            return url;
        }
    }
}
