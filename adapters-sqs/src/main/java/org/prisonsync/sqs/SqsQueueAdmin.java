package org.prisonsync.sqs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.queue.DlqMessage;
import org.prisonsync.core.queue.DlqMessages;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.queue.QueueStatus;
import org.prisonsync.core.queue.UnknownQueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.PurgeQueueInProgressException;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * {@link QueueAdmin} over SQS, as upstream's {@code /queue-admin} and queue health do it: counts from
 * GetQueueAttributes, DLQ reads that leave messages in place, a DLQ retry by receive-send-delete in batches of 10
 * (portable to ElasticMQ, unlike StartMessageMoveTask), and purge with a receive-delete fallback.
 */
final class SqsQueueAdmin implements QueueAdmin {

    private static final Logger log = LoggerFactory.getLogger(SqsQueueAdmin.class);
    /** Threads for the queue reads of {@link #status}: daemons, made as needed and ended after a minute idle. */
    private static final ExecutorService STATUS_READS = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "queue-status");
        thread.setDaemon(true);
        return thread;
    });
    private static final int BATCH = 10;
    /** Visibility while a DLQ batch is being moved: long enough that a batch is never seen twice. */
    private static final int MOVE_VISIBILITY_SECONDS = 30;

    private final SqsClient client;
    private final QueueUrls urls;
    private final List<QueueDefinition> definitions;
    private final QueueReader reader;

    SqsQueueAdmin(SqsClient client, QueueUrls urls, List<QueueDefinition> definitions) {
        this.client = client;
        this.urls = urls;
        this.definitions = List.copyOf(definitions);
        this.reader = new QueueReader(client, urls);
    }

    @Override
    public List<QueueStatus> status() {
        // Two attribute reads per queue, every queue at once: /health answers in about the time of one queue
        // instead of growing by two round trips with each domain's queue.
        List<CompletableFuture<QueueStatus>> reads = definitions.stream()
                .map(queue -> CompletableFuture.supplyAsync(() -> statusOf(queue), STATUS_READS)).toList();
        List<QueueStatus> statuses = new ArrayList<>();
        for (CompletableFuture<QueueStatus> read : reads) {
            try {
                statuses.add(read.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        }
        return statuses;
    }

    /** One main queue: its two attribute reads only, not every configured queue's. */
    @Override
    public QueueStatus status(String queueName) {
        QueueDefinition queue = definitions.stream().filter(q -> q.queueName().equals(queueName)).findFirst()
                .orElseThrow(() -> new UnknownQueueException(queueName));
        return statusOf(queue);
    }

    private QueueStatus statusOf(QueueDefinition queue) {
        Map<QueueAttributeName, String> main = attributesOrEmpty(queue.queueName());
        Map<QueueAttributeName, String> dlq = attributesOrEmpty(queue.dlqName());
        boolean mainUp = !main.isEmpty();
        // Upstream marks both DOWN when the main queue would never redrive to its DLQ.
        boolean dlqUp = !dlq.isEmpty() && main.containsKey(QueueAttributeName.REDRIVE_POLICY);
        return new QueueStatus(queue.id(), queue.queueName(),
                count(main, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES),
                count(main, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE),
                queue.dlqName(), upOrDown(dlqUp), count(dlq, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES),
                upOrDown(mainUp && dlqUp));
    }

    @Override
    public DlqMessages readDlq(String dlqName, int maxMessages) {
        definitionOfDlq(dlqName);
        try {
            long found = reader.visibleCount(dlqName);
            List<Message> read = reader.peek(dlqName, maxMessages);
            List<DlqMessage> messages = read.stream()
                    .map(m -> new DlqMessage(m.messageId(), m.body(), SqsMessageAttributes.stringsOf(m))).toList();
            return new DlqMessages(found, messages);
        } catch (SdkException e) {
            throw unavailable("read DLQ " + dlqName, e);
        }
    }

    @Override
    public int retryDlq(String dlqName) {
        QueueDefinition queue = definitionOfDlq(dlqName);
        int moved = 0;
        try {
            // Move what is there now, no more: a message that fails again while we work comes back to the DLQ,
            // and chasing it would loop for as long as the consumer keeps dead-lettering it.
            long found = reader.visibleCount(dlqName);
            List<Message> batch;
            while (moved < found && !(batch = reader.receive(dlqName, (int) Math.min(BATCH, found - moved),
                    MOVE_VISIBILITY_SECONDS)).isEmpty()) {
                moved += moveBatch(batch, queue);
            }
        } catch (SdkException e) {
            throw unavailable("retry DLQ " + dlqName + " after moving " + moved, e);
        }
        log.info("retried DLQ {}: {} message(s) moved to {}", dlqName, moved, queue.queueName());
        return moved;
    }

    /** Sends the batch to the main queue and deletes from the DLQ only the ones that were sent. */
    private int moveBatch(List<Message> batch, QueueDefinition queue) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Message message = batch.get(i);
            Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>(message.messageAttributes());
            attributes.remove(FAILURE_REASON_ATTRIBUTE);
            attributes.remove(SqsMessageAttributes.FAILED_QUEUE);
            entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(message.body())
                    .messageAttributes(attributes).build());
        }
        var result = client.sendMessageBatch(r -> r.queueUrl(urls.of(queue.queueName())).entries(entries));
        result.failed().forEach(f -> log.warn("DLQ {} message not moved back: {} {}", queue.dlqName(), f.code(),
                f.message()));
        List<Message> sent = result.successful().stream().map(s -> batch.get(Integer.parseInt(s.id()))).toList();
        reader.delete(queue.dlqName(), sent);
        return sent.size();
    }

    @Override
    public int purge(String queueName) {
        definitionOf(queueName);
        try {
            int found = (int) reader.visibleCount(queueName);
            try {
                client.purgeQueue(r -> r.queueUrl(urls.of(queueName)));
            } catch (PurgeQueueInProgressException e) {
                // SQS allows one purge a minute per queue; remove the messages one batch at a time instead.
                reader.drain(queueName);
            }
            log.info("purged {}: {} message(s)", queueName, found);
            return found;
        } catch (SdkException e) {
            throw unavailable("purge " + queueName, e);
        }
    }

    @Override
    public List<QueueDefinition> queues() {
        return definitions;
    }

    private Map<QueueAttributeName, String> attributesOrEmpty(String queueName) {
        try {
            return reader.attributes(queueName);
        } catch (SdkException e) {
            log.warn("queue {} unreadable: {}", queueName, e.getMessage());
            return Map.of();
        }
    }

    private static long count(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
        try {
            return Long.parseLong(attributes.getOrDefault(name, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String upOrDown(boolean up) {
        return up ? "UP" : "DOWN";
    }

    private QueueDefinition definitionOfDlq(String dlqName) {
        return definitions.stream().filter(q -> q.dlqName().equals(dlqName)).findFirst()
                .orElseThrow(() -> new UnknownQueueException(dlqName));
    }

    private QueueDefinition definitionOf(String queueName) {
        Optional<QueueDefinition> found = definitions.stream()
                .filter(q -> q.queueName().equals(queueName) || q.dlqName().equals(queueName)).findFirst();
        return found.orElseThrow(() -> new UnknownQueueException(queueName));
    }

    private static UpstreamUnavailable unavailable(String action, SdkException e) {
        return new UpstreamUnavailable("could not " + action + ": " + e.getMessage(), e);
    }
}
