package org.prisonsync.core.queue;

import java.time.Duration;

/**
 * Delivers the messages of one queue to a handler and carries out its dispositions.
 *
 * <p>Contract: at-least-once delivery (a message may arrive again, also to another consumer); at most
 * {@link QueueDefinition#concurrency()} messages in the handler at once; {@code Ack} deletes, {@code Retry} makes the
 * message visible after the delay with its receive count increased, {@code DeadLetter} puts the body and attributes
 * on the DLQ with a {@code failureReason} attribute and deletes the original. {@link #stop} lets in-flight messages
 * finish within the grace period; unfinished ones return to the queue.
 */
public interface EventSource extends AutoCloseable {

    void start(MessageHandler handler);

    void stop(Duration grace);

    @Override
    default void close() {
        stop(Duration.ofSeconds(10));
    }
}
