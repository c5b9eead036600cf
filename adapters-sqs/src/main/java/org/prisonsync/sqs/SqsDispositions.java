package org.prisonsync.sqs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.queue.QueueDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Carries out a {@link Disposition} on a received SQS message. Failures are logged, never thrown: a message whose
 * disposition could not be applied simply reappears when its visibility timeout ends, so nothing is lost.
 */
final class SqsDispositions {

    private static final Logger log = LoggerFactory.getLogger(SqsDispositions.class);
    /** SQS's maximum visibility timeout, 12 hours. */
    static final int MAX_VISIBILITY_SECONDS = 43_200;

    private final SqsClient client;
    private final QueueUrls urls;
    private final QueueDefinition queue;
    private final DeleteBatcher deletes;

    SqsDispositions(SqsClient client, QueueUrls urls, QueueDefinition queue, DeleteBatcher deletes) {
        this.client = client;
        this.urls = urls;
        this.queue = queue;
        this.deletes = deletes;
    }

    void apply(Message message, Disposition disposition) {
        if (disposition instanceof Disposition.Ack) {
            deletes.add(message.receiptHandle());
        } else if (disposition instanceof Disposition.Retry retry) {
            retry(message, SqsMessageAttributes.seconds(retry.delay(), MAX_VISIBILITY_SECONDS));
        } else if (disposition instanceof Disposition.DeadLetter deadLetter) {
            deadLetter(message, deadLetter.reason());
        } else {
            log.error("{}: message {} got no disposition; it will be delivered again", queue.queueName(),
                    message.messageId());
        }
    }

    private void retry(Message message, int delaySeconds) {
        try {
            client.changeMessageVisibility(r -> r.queueUrl(urls.of(queue.queueName()))
                    .receiptHandle(message.receiptHandle()).visibilityTimeout(delaySeconds));
        } catch (SdkException e) {
            log.warn("{}: could not delay the retry of {}; it returns after the visibility timeout: {}",
                    queue.queueName(), message.messageId(), e.getMessage());
        }
    }

    /** Same body and attributes on the DLQ, plus why; the original is deleted only once the copy is safe. */
    private void deadLetter(Message message, String reason) {
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>(message.messageAttributes());
        attributes.put(QueueAdmin.FAILURE_REASON_ATTRIBUTE,
                SqsMessageAttributes.string(SqsMessageAttributes.truncate(reason)));
        attributes.put(SqsMessageAttributes.FAILED_QUEUE, SqsMessageAttributes.string(queue.queueName()));
        try {
            client.sendMessage(r -> r.queueUrl(urls.of(queue.dlqName())).messageBody(message.body())
                    .messageAttributes(attributes));
        } catch (SdkException e) {
            log.error("{}: could not move {} to DLQ {}; it will be delivered again: {}", queue.queueName(),
                    message.messageId(), queue.dlqName(), e.getMessage());
            return;
        }
        deletes.add(message.receiptHandle());
    }

    /** Makes messages visible again after {@code visibleAfterSeconds}, for another consumer or a restarted one. */
    void returnToQueue(List<Message> messages, int visibleAfterSeconds) {
        for (int from = 0; from < messages.size(); from += 10) {
            List<Message> chunk = messages.subList(from, Math.min(from + 10, messages.size()));
            List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                entries.add(ChangeMessageVisibilityBatchRequestEntry.builder().id(Integer.toString(i))
                        .receiptHandle(chunk.get(i).receiptHandle()).visibilityTimeout(visibleAfterSeconds).build());
            }
            try {
                client.changeMessageVisibilityBatch(r -> r.queueUrl(urls.of(queue.queueName())).entries(entries))
                        .failed().forEach(f -> log.warn("{}: message not returned, it reappears after its "
                                + "visibility timeout: {} {}", queue.queueName(), f.code(), f.message()));
            } catch (SdkException e) {
                log.warn("{}: {} message(s) not returned, they reappear after the visibility timeout: {}",
                        queue.queueName(), entries.size(), e.getMessage());
            }
        }
    }
}
