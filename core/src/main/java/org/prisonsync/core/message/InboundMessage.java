package org.prisonsync.core.message;

import java.util.Map;
import java.util.Objects;

/**
 * One delivery of a message, as the event source hands it to the engine. {@code receiveCount} is SQS's
 * {@code ApproximateReceiveCount} (1 on first delivery) and indexes the retry ladder. {@code rawBody} and
 * {@code attributes} are kept so a dead-lettered message is stored exactly as it arrived.
 */
public record InboundMessage(String queueName, String messageId, int receiveCount, Envelope envelope, String rawBody,
                             Map<String, String> attributes) {
    public InboundMessage {
        Objects.requireNonNull(queueName, "queueName");
        Objects.requireNonNull(envelope, "envelope");
        if (receiveCount < 1) {
            throw new IllegalArgumentException("receiveCount starts at 1, was " + receiveCount);
        }
        attributes = Map.copyOf(Objects.requireNonNullElse(attributes, Map.of()));
        rawBody = rawBody == null ? "" : rawBody;
    }
}
