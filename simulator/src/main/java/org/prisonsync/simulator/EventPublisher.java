package org.prisonsync.simulator;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.visits.NomisVisit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns changes to the in-memory systems into the events the real ones publish: DPS visit changes become
 * {@code prison-visit.*} domain events on the to-NOMIS queue, NOMIS cancellations become {@code VISIT_CANCELLED}
 * offender events on the from-NOMIS queue. A failed send is logged and swallowed: upstream publishes to SNS
 * asynchronously, after the write has committed, so a lost event never fails the write that caused it.
 */
final class EventPublisher {
    static final String VISIT_CANCELLED = "VISIT_CANCELLED";
    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    private final MessageQueue publisher;
    private final SimulatorSettings settings;
    private final Faults faults;
    private final EventLog events;
    private final Clock clock;
    private final AtomicLong nextEventId = new AtomicLong(5_958_295);

    EventPublisher(MessageQueue publisher, SimulatorSettings settings, Faults faults, EventLog events, Clock clock) {
        this.publisher = publisher;
        this.settings = settings;
        this.faults = faults;
        this.events = events;
        this.clock = clock;
    }

    void onDpsChange(InMemoryVisitsDpsApi.Change change) {
        String eventType = "prison-visit." + change.kind();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1.0");
        message.put("description", "Prison visit " + change.kind());
        message.put("occurredAt", OffsetDateTime.now(clock).toString());
        message.put("prisonerId", change.visit().prisonerId());
        message.put("additionalInformation", Map.of(
                "reference", change.visit().reference(),
                "visitType", "STANDARD_SOCIAL",
                "source", change.source()));
        publish(settings.toNomisQueue(), eventType, message);
    }

    void onNomisChange(InMemoryVisitsNomisApi.Change change) {
        if (!"CANCELLED".equals(change.kind())) {
            return; // upstream raises OFFENDER_VISIT-UPDATED for these too, but prison-sync consumes only cancels
        }
        NomisVisit visit = change.visit();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", VISIT_CANCELLED);
        message.put("eventId", Long.toString(nextEventId.getAndIncrement()));
        message.put("eventDatetime", LocalDateTime.now(clock).toString());
        message.put("offenderIdDisplay", visit.offenderNo());
        if (visit.prisonId() != null) {
            message.put("agencyLocationId", visit.prisonId());
        }
        message.put("nomisEventType", "OFFENDER_VISIT-UPDATED");
        message.put("visitId", Long.toString(visit.visitId())); // a string, as the offender-events service sends it
        if (change.auditModuleName() != null) {
            message.put("auditModuleName", change.auditModuleName());
        }
        publish(settings.fromNomisQueue(), VISIT_CANCELLED, message);
    }

    void publish(String queue, String eventType, Map<String, Object> message) {
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
