package org.prisonsync.core.queue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.message.Envelope;

/**
 * Sends messages to a queue by physical name. A {@link org.prisonsync.core.message.Notification} is written as an
 * SNS envelope with the {@code eventType} message attribute; an internal message as {@code {"Type","Message"}}.
 *
 * <p>Contract: a return means the queue has the message; any failure throws
 * {@link org.prisonsync.core.UpstreamUnavailable} and nothing is known to be sent. Delays are capped at 15 minutes,
 * the SQS maximum.
 */
public interface MessageQueue {

    void send(String queueName, Envelope message, Duration delay, Map<String, String> attributes);

    default void send(String queueName, Envelope message) {
        send(queueName, message, Duration.ZERO, Map.of());
    }

    default void send(String queueName, Envelope message, Duration delay) {
        send(queueName, message, delay, Map.of());
    }

    /** Sends several messages; batched where the transport allows (SQS: up to 10 per request). */
    default void sendAll(String queueName, List<? extends Envelope> messages) {
        messages.forEach(m -> send(queueName, m));
    }
}
