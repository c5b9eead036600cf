package org.prisonsync.core.inmemory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.DlqMessage;
import org.prisonsync.core.queue.DlqMessages;
import org.prisonsync.core.queue.MessageHandler;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.queue.QueueStatus;
import org.prisonsync.core.queue.UnknownQueueException;

/**
 * Queues and DLQs in memory, for unit tests only (the embedded default and the ITs use ElasticMQ). Delays are not
 * waited for: {@link #pump} delivers until every queue is empty, applying dispositions as SQS would (a retry comes
 * back with its receive count increased; a dead letter lands on the DLQ with its reason).
 */
public final class InMemoryQueues implements MessageQueue, QueueAdmin {

    /** A queued message. */
    public record Entry(String messageId, Envelope envelope, Map<String, String> attributes, int receiveCount) {
    }

    private final List<QueueDefinition> definitions;
    private final Map<String, Deque<Entry>> queues = new HashMap<>();
    private final List<Duration> delaysRequested = new ArrayList<>();

    public InMemoryQueues(List<QueueDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
        for (QueueDefinition q : definitions) {
            queues.put(q.queueName(), new ArrayDeque<>());
            queues.put(q.dlqName(), new ArrayDeque<>());
        }
    }

    @Override
    public synchronized void send(String queueName, Envelope message, Duration delay, Map<String, String> attributes) {
        queue(queueName).addLast(new Entry(UUID.randomUUID().toString(), message, attributes, 0));
    }

    /** Delivers messages from {@code queueName} to the handler until it is empty; returns how many were delivered. */
    public int pump(String queueName, MessageHandler handler) {
        int delivered = 0;
        while (true) {
            Entry next;
            synchronized (this) {
                next = queue(queueName).pollFirst();
            }
            if (next == null) {
                return delivered;
            }
            delivered++;
            Entry received = new Entry(next.messageId(), next.envelope(), next.attributes(), next.receiveCount() + 1);
            Disposition disposition = handler.handle(new InboundMessage(queueName, received.messageId(),
                    received.receiveCount(), received.envelope(), received.envelope().toString(),
                    received.attributes()));
            apply(queueName, received, disposition);
        }
    }

    /**
     * Pumps the queues in turn until every one is empty, as handlers may send to any of them (retries, internal
     * messages, the other direction's echoes); returns how many deliveries were made.
     */
    public int pumpUntilEmpty(MessageHandler handler, String... queueNames) {
        int delivered = 0;
        while (true) {
            int round = 0;
            for (String queueName : queueNames) {
                round += pump(queueName, handler);
            }
            if (round == 0) {
                return delivered;
            }
            delivered += round;
        }
    }

    /** Every message on the dead-letter queues of every queue defined here. */
    public synchronized List<Entry> deadLettered() {
        List<Entry> all = new ArrayList<>();
        for (QueueDefinition q : definitions) {
            all.addAll(queue(q.dlqName()));
        }
        return all;
    }

    /** Takes every message off a queue without handling it: an event lost on the way. */
    public synchronized List<Envelope> drain(String queueName) {
        List<Envelope> taken = queue(queueName).stream().map(Entry::envelope).toList();
        queue(queueName).clear();
        return taken;
    }

    private synchronized void apply(String queueName, Entry received, Disposition disposition) {
        if (disposition instanceof Disposition.Retry retry) {
            delaysRequested.add(retry.delay());
            queue(queueName).addLast(received);
        } else if (disposition instanceof Disposition.DeadLetter dead) {
            Map<String, String> attributes = new LinkedHashMap<>(received.attributes());
            attributes.put(FAILURE_REASON_ATTRIBUTE, dead.reason());
            queue(definitionOf(queueName).dlqName()).addLast(
                    new Entry(received.messageId(), received.envelope(), attributes, 0));
        }
    }

    public synchronized List<Entry> messages(String queueName) {
        return List.copyOf(queue(queueName));
    }

    /** The retry delays dispositions asked for, in order: lets tests check the ladder without waiting. */
    public synchronized List<Duration> delaysRequested() {
        return List.copyOf(delaysRequested);
    }

    @Override
    public synchronized List<QueueStatus> status() {
        return definitions.stream().map(q -> new QueueStatus(q.id(), q.queueName(), queue(q.queueName()).size(), 0,
                q.dlqName(), "UP", queue(q.dlqName()).size(), "UP")).toList();
    }

    @Override
    public synchronized DlqMessages readDlq(String dlqName, int maxMessages) {
        definitionOfDlq(dlqName);
        List<DlqMessage> messages = queue(dlqName).stream().limit(maxMessages)
                .map(e -> new DlqMessage(e.messageId(), e.envelope().toString(), e.attributes())).toList();
        return new DlqMessages(queue(dlqName).size(), messages);
    }

    @Override
    public synchronized int retryDlq(String dlqName) {
        QueueDefinition q = definitionOfDlq(dlqName);
        Deque<Entry> dlq = queue(dlqName);
        int moved = dlq.size();
        while (!dlq.isEmpty()) {
            Entry e = dlq.pollFirst();
            Map<String, String> attributes = new LinkedHashMap<>(e.attributes());
            attributes.remove(FAILURE_REASON_ATTRIBUTE);
            queue(q.queueName()).addLast(new Entry(e.messageId(), e.envelope(), attributes, 0));
        }
        return moved;
    }

    @Override
    public synchronized int purge(String queueName) {
        Deque<Entry> queue = queue(queueName);
        int count = queue.size();
        queue.clear();
        return count;
    }

    @Override
    public List<QueueDefinition> queues() {
        return definitions;
    }

    private Deque<Entry> queue(String name) {
        Deque<Entry> queue = queues.get(name);
        if (queue == null) {
            throw new UnknownQueueException(name);
        }
        return queue;
    }

    private QueueDefinition definitionOf(String queueName) {
        return definitions.stream().filter(q -> q.queueName().equals(queueName)).findFirst()
                .orElseThrow(() -> new UnknownQueueException(queueName));
    }

    private QueueDefinition definitionOfDlq(String dlqName) {
        return definitions.stream().filter(q -> q.dlqName().equals(dlqName)).findFirst()
                .orElseThrow(() -> new UnknownQueueException(dlqName));
    }
}
