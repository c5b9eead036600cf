package org.prisonsync.core.queue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One consumed queue and its DLQ. {@code id} is the logical name used in configuration ({@code visits}),
 * {@code queueName}/{@code dlqName} the physical names. {@code maxReceiveCount} is how many deliveries a failing
 * message gets before it is dead-lettered; the ladder says how long each failed delivery waits before the next.
 */
public record QueueDefinition(String id, String queueName, String dlqName, int maxReceiveCount, RetryLadder ladder,
                              Map<String, RetryLadder> eventLadders, int concurrency) {

    public static final int DEFAULT_MAX_RECEIVE_COUNT = 5;
    public static final int DEFAULT_CONCURRENCY = 8;

    public QueueDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(queueName, "queueName");
        Objects.requireNonNull(dlqName, "dlqName");
        Objects.requireNonNull(ladder, "ladder");
        if (!id.equals(id.toLowerCase())) {
            throw new IllegalArgumentException("queue ids are lower case, was " + id);
        }
        if (maxReceiveCount < 1) {
            throw new IllegalArgumentException("maxReceiveCount must be at least 1, was " + maxReceiveCount);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        eventLadders = Map.copyOf(Objects.requireNonNullElse(eventLadders, Map.of()));
    }

    /** A queue with the upstream defaults: ladder 1, 10, 60, 600 s; 5 deliveries; 8 consumers. */
    public static QueueDefinition withDefaults(String id, String queueName, String dlqName) {
        return new QueueDefinition(id, queueName, dlqName, DEFAULT_MAX_RECEIVE_COUNT, RetryLadder.DEFAULT, Map.of(),
                DEFAULT_CONCURRENCY);
    }

    /** The ladder for one event type: its own override first, then the queue's. */
    public RetryLadder ladderFor(String eventType) {
        return eventLadders.getOrDefault(eventType, ladder);
    }

    public QueueDefinition withLadder(RetryLadder newLadder) {
        return new QueueDefinition(id, queueName, dlqName, maxReceiveCount, newLadder, eventLadders, concurrency);
    }

    public QueueDefinition withMaxReceiveCount(int count) {
        return new QueueDefinition(id, queueName, dlqName, count, ladder, eventLadders, concurrency);
    }

    public QueueDefinition withConcurrency(int count) {
        return new QueueDefinition(id, queueName, dlqName, maxReceiveCount, ladder, eventLadders, count);
    }

    public QueueDefinition withEventLadder(String eventType, RetryLadder eventLadder) {
        var all = new java.util.HashMap<>(eventLadders);
        all.put(eventType, eventLadder);
        return new QueueDefinition(id, queueName, dlqName, maxReceiveCount, ladder, all, concurrency);
    }
}
