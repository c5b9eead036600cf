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

    /**
     * Stops every source at once, each with the whole grace period. One after another, each waiting out its
     * in-flight handlers and its long poll (up to 20 s), a service of eight queues took 50 s and more to stop.
     */
    static void stopAll(java.util.Collection<? extends EventSource> sources, Duration grace) {
        java.util.List<Thread> stopping = new java.util.ArrayList<>();
        for (EventSource source : sources) {
            Thread thread = new Thread(() -> source.stop(grace), "stop-" + source);
            thread.start();
            stopping.add(thread);
        }
        boolean interrupted = false;
        for (Thread thread : stopping) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    // finish waiting: leaving early would close the database under a handler still acknowledging
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    default void close() {
        stop(Duration.ofSeconds(10));
    }
}
