package org.prisonsync.sqs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The receive, peek, delete and count operations the queue admin is built from; SDK exceptions pass through. */
final class QueueReader {

    private static final Logger log = LoggerFactory.getLogger(QueueReader.class);
    private static final int BATCH = 10;
    /** How long a peeked message stays hidden while the peek goes on (upstream uses 1 s as well). */
    private static final int PEEK_VISIBILITY_SECONDS = 1;

    private final SqsClient client;
    private final QueueUrls urls;

    QueueReader(SqsClient client, QueueUrls urls) {
        this.client = client;
        this.urls = urls;
    }

    Map<QueueAttributeName, String> attributes(String queueName) {
        return client.getQueueAttributes(r -> r.queueUrl(urls.of(queueName)).attributeNames(QueueAttributeName.ALL))
                .attributes();
    }

    long visibleCount(String queueName) {
        String count = client.getQueueAttributes(r -> r.queueUrl(urls.of(queueName))
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
                .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
        return count == null ? 0 : Long.parseLong(count);
    }

    /**
     * Up to {@code max} visible messages, hidden for {@code visibilitySeconds}. A short poll may miss messages on
     * real SQS (it samples servers), so an empty answer is confirmed with a 1 s long poll while the queue still
     * reports visible messages.
     */
    List<Message> receive(String queueName, int max, int visibilitySeconds) {
        List<Message> messages = receive(queueName, max, visibilitySeconds, 0);
        if (messages.isEmpty() && visibleCount(queueName) > 0) {
            messages = receive(queueName, max, visibilitySeconds, 1);
        }
        return messages;
    }

    private List<Message> receive(String queueName, int max, int visibilitySeconds, int waitSeconds) {
        return client.receiveMessage(r -> r.queueUrl(urls.of(queueName)).maxNumberOfMessages(Math.min(BATCH, max))
                .visibilityTimeout(visibilitySeconds).waitTimeSeconds(waitSeconds).messageAttributeNames("All")
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
    }

    /** Reads up to {@code max} distinct messages and makes them visible again at once: nothing is removed. */
    List<Message> peek(String queueName, int max) {
        Map<String, Message> seen = new LinkedHashMap<>();
        while (seen.size() < max) {
            int before = seen.size();
            List<Message> batch = receive(queueName, max - seen.size(), PEEK_VISIBILITY_SECONDS);
            // A message seen again (the peek outlasted its 1 s) keeps its place; its newest receipt handle wins.
            batch.forEach(m -> seen.put(m.messageId(), m));
            if (seen.size() == before) {
                break;
            }
        }
        List<Message> read = new ArrayList<>(seen.values());
        makeVisible(queueName, read);
        return read.subList(0, Math.min(max, read.size()));
    }

    void makeVisible(String queueName, List<Message> messages) {
        for (List<Message> chunk : chunks(messages)) {
            List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                entries.add(ChangeMessageVisibilityBatchRequestEntry.builder().id(Integer.toString(i))
                        .receiptHandle(chunk.get(i).receiptHandle()).visibilityTimeout(0).build());
            }
            var failed = client.changeMessageVisibilityBatch(r -> r.queueUrl(urls.of(queueName)).entries(entries))
                    .failed();
            // Harmless: such a message reappears when its short visibility timeout ends.
            failed.forEach(f -> log.debug("{}: visibility not reset: {} {}", queueName, f.code(), f.message()));
        }
    }

    void delete(String queueName, List<Message> messages) {
        for (List<Message> chunk : chunks(messages)) {
            List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                        .receiptHandle(chunk.get(i).receiptHandle()).build());
            }
            var failed = client.deleteMessageBatch(r -> r.queueUrl(urls.of(queueName)).entries(entries)).failed();
            failed.forEach(f -> log.warn("{}: message not deleted: {} {}", queueName, f.code(), f.message()));
        }
    }

    /** Receives and deletes until the queue answers empty; returns how many were deleted. */
    int drain(String queueName) {
        int drained = 0;
        List<Message> batch;
        while (!(batch = receive(queueName, BATCH, 30)).isEmpty()) {
            delete(queueName, batch);
            drained += batch.size();
        }
        return drained;
    }

    private static List<List<Message>> chunks(List<Message> messages) {
        List<List<Message>> chunks = new ArrayList<>();
        for (int from = 0; from < messages.size(); from += BATCH) {
            chunks.add(messages.subList(from, Math.min(from + BATCH, messages.size())));
        }
        return chunks;
    }
}
