package org.prisonsync.simulator;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.MessageQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the events the domains raise to the queue the settings name for a queue id, as SNS would deliver them to a
 * subscribed queue: a queue id the settings do not name is not published (that direction is not wired). A failed send
 * is logged and swallowed: upstream publishes to SNS asynchronously, after the write has committed, so a lost event
 * never fails the write that caused it. Duplicate-publish faults are applied here, for every domain alike.
 */
public final class EventPublisher {
    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    private final MessageQueue publisher;
    private final SimulatorSettings settings;
    private final Faults faults;
    private final EventLog events;

    EventPublisher(MessageQueue publisher, SimulatorSettings settings, Faults faults, EventLog events) {
        this.publisher = publisher;
        this.settings = settings;
        this.faults = faults;
        this.events = events;
    }

    /** Whether events for {@code queueId} go anywhere. */
    public boolean publishes(String queueId) {
        return settings.queue(queueId).isPresent();
    }

    /**
     * Publishes several events to the queue named for {@code queueId} in SQS batches, in order: what a NOMIS trigger
     * raising one event per row of a multi-row write produces, without one round trip per row.
     */
    public void publishAll(String queueId, List<Notification> notifications) {
        String queue = settings.queue(queueId).orElse(null);
        if (queue == null || notifications.isEmpty()) {
            return;
        }
        notifications.forEach(n -> events.record(n.eventType()));
        int copies = faults.copiesToPublish();
        try {
            for (int i = 0; i < copies; i++) {
                publisher.sendAll(queue, notifications);
            }
        } catch (RuntimeException e) {
            log.warn("could not publish {} events to {}: {}", notifications.size(), queue, e.toString());
        }
    }

    /** Publishes {@code message} to the queue named for {@code queueId}, if any. */
    public void publish(String queueId, String eventType, Map<String, Object> message) {
        String queue = settings.queue(queueId).orElse(null);
        if (queue == null) {
            return;
        }
        Notification notification = new Notification(UUID.randomUUID().toString(), eventType, message);
        events.record(eventType);
        int copies = faults.copiesToPublish();
        try {
            for (int i = 0; i < copies; i++) {
                publisher.send(queue, notification);
            }
        } catch (RuntimeException e) {
            log.warn("could not publish {} to {}: {}", eventType, queue, e.toString());
        }
    }
}
