package org.prisonsync.sqs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.queue.RetryLadder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An ElasticMQ on a dynamic loopback port with a client, and helpers to create and inspect uniquely named queues.
 * One server serves every test class of the (single) Surefire JVM: it takes seconds to start on a busy machine, and
 * unique queue names keep the classes apart. The JVM's exit stops it.
 */
final class ElasticMqFixture {

    private static ElasticMqFixture shared;

    static final int VISIBILITY_TIMEOUT_SECONDS = 30;

    private final EmbeddedElasticMq server;
    private final SqsClient client;

    private ElasticMqFixture(EmbeddedElasticMq server) {
        this.server = server;
        this.client = SqsAdapters.client(SqsSettings.forEndpoint(server.endpoint(), List.of()));
    }

    static synchronized ElasticMqFixture shared() {
        if (shared == null) {
            shared = new ElasticMqFixture(EmbeddedElasticMq.start("127.0.0.1", 0));
        }
        return shared;
    }

    SqsClient client() {
        return client;
    }

    SqsSettings settings(List<QueueDefinition> queues) {
        return SqsSettings.forEndpoint(server.endpoint(), queues);
    }

    /** Creates a fresh main queue + DLQ named after {@code prefix}; retries are immediate (ladder 0). */
    QueueDefinition createQueue(String prefix, int maxReceiveCount, int concurrency) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        QueueDefinition queue = new QueueDefinition(prefix, name, name + "-dlq", maxReceiveCount,
                RetryLadder.parse("0"), Map.of(), concurrency);
        SqsQueueProvisioner.createAll(client, List.of(queue), VISIBILITY_TIMEOUT_SECONDS);
        return queue;
    }

    String url(String queueName) {
        return client.getQueueUrl(r -> r.queueName(queueName)).queueUrl();
    }

    long visible(String queueName) {
        return count(queueName, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
    }

    long notVisible(String queueName) {
        return count(queueName, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE);
    }

    /** True when the queue holds nothing, visible or in flight. */
    boolean empty(String queueName) {
        return visible(queueName) == 0 && notVisible(queueName) == 0;
    }

    private long count(String queueName, QueueAttributeName name) {
        return Long.parseLong(client.getQueueAttributes(r -> r.queueUrl(url(queueName)).attributeNames(name))
                .attributes().get(name));
    }

    /** Receives (and deletes) up to 10 messages with all their attributes. */
    List<Message> take(String queueName) {
        String url = url(queueName);
        List<Message> messages = client.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)
                .messageAttributeNames("All").waitTimeSeconds(1)).messages();
        messages.forEach(m -> client.deleteMessage(d -> d.queueUrl(url).receiptHandle(m.receiptHandle())));
        return messages;
    }

    static void await(String what, BooleanSupplier condition) {
        await(what, Duration.ofSeconds(10), condition);
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what, e);
            }
        }
    }
}
