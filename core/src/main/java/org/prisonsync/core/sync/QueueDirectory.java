package org.prisonsync.core.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.queue.UnknownQueueException;

/** The configured queues, found by id, physical name or DLQ name. */
public final class QueueDirectory {
    private final Map<String, QueueDefinition> byId = new LinkedHashMap<>();

    public QueueDirectory(List<QueueDefinition> queues) {
        queues.forEach(q -> byId.put(q.id(), q));
    }

    public List<QueueDefinition> all() {
        return List.copyOf(byId.values());
    }

    public QueueDefinition byId(String id) {
        return Optional.ofNullable(byId.get(id)).orElseThrow(() -> new UnknownQueueException(id));
    }

    public QueueDefinition byName(String queueName) {
        return byId.values().stream().filter(q -> q.queueName().equals(queueName)).findFirst()
                .orElseThrow(() -> new UnknownQueueException(queueName));
    }

    public Optional<QueueDefinition> byDlqName(String dlqName) {
        return byId.values().stream().filter(q -> q.dlqName().equals(dlqName)).findFirst();
    }
}
