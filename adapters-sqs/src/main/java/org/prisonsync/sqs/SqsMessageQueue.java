package org.prisonsync.sqs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.queue.MessageQueue;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * {@link MessageQueue} over SQS. Every message carries the {@code eventType} message attribute (= the envelope's
 * type), which SNS filter policies and upstream's error handling read. {@link #sendAll} uses SendMessageBatch:
 * batching costs SQS (and ElasticMQ) a sixth of the CPU per message.
 */
final class SqsMessageQueue implements MessageQueue {

    static final String EVENT_TYPE = "eventType";
    static final int MAX_DELAY_SECONDS = 900;
    static final int BATCH_SIZE = 10;

    private final SqsClient client;
    private final QueueUrls urls;
    private final JacksonEnvelopeCodec codec;

    SqsMessageQueue(SqsClient client, QueueUrls urls, JacksonEnvelopeCodec codec) {
        this.client = client;
        this.urls = urls;
        this.codec = codec;
    }

    @Override
    public void send(String queueName, Envelope message, Duration delay, Map<String, String> attributes) {
        String body = codec.encode(message);
        Map<String, MessageAttributeValue> values = attributesOf(message, attributes);
        int delaySeconds = SqsMessageAttributes.seconds(delay, MAX_DELAY_SECONDS);
        try {
            client.sendMessage(r -> r.queueUrl(urls.of(queueName)).messageBody(body).delaySeconds(delaySeconds)
                    .messageAttributes(values));
        } catch (SdkException e) {
            throw new UpstreamUnavailable("could not send " + message.type() + " to " + queueName + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void sendAll(String queueName, List<? extends Envelope> messages) {
        for (int from = 0; from < messages.size(); from += BATCH_SIZE) {
            List<? extends Envelope> chunk = messages.subList(from, Math.min(from + BATCH_SIZE, messages.size()));
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                Envelope message = chunk.get(i);
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
                        .messageBody(codec.encode(message)).messageAttributes(attributesOf(message, Map.of()))
                        .build());
            }
            sendBatch(queueName, entries);
        }
    }

    private void sendBatch(String queueName, List<SendMessageBatchRequestEntry> entries) {
        List<BatchResultErrorEntry> failed;
        try {
            failed = client.sendMessageBatch(r -> r.queueUrl(urls.of(queueName)).entries(entries)).failed();
        } catch (SdkException e) {
            throw new UpstreamUnavailable("could not send " + entries.size() + " messages to " + queueName + ": "
                    + e.getMessage(), e);
        }
        if (!failed.isEmpty()) {
            BatchResultErrorEntry first = failed.get(0);
            throw new UpstreamUnavailable(failed.size() + " of " + entries.size() + " messages not sent to "
                    + queueName + ", first: " + first.code() + " " + first.message());
        }
    }

    private static Map<String, MessageAttributeValue> attributesOf(Envelope message, Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(extra == null ? Map.of() : extra);
        all.put(EVENT_TYPE, message.type());
        return SqsMessageAttributes.strings(all);
    }
}
