package org.prisonsync.simulator.visits;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.simulator.DomainEvents;
import org.prisonsync.simulator.EventPublisher;

/**
 * Turns visit changes into the events the real systems publish: DPS visit changes become {@code prison-visit.*}
 * domain events on the to-NOMIS visits queue, NOMIS cancellations become {@code VISIT_CANCELLED} offender events on
 * the from-NOMIS visits queue.
 */
final class VisitEventPublisher {
    static final String VISIT_CANCELLED = "VISIT_CANCELLED";

    private final EventPublisher publisher;
    private final Clock clock;
    private final AtomicLong nextEventId = new AtomicLong(5_958_295);

    VisitEventPublisher(EventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    void onDpsChange(InMemoryVisitsDpsApi.Change change) {
        String eventType = "prison-visit." + change.kind();
        Map<String, Object> message = DomainEvents.domainEvent(eventType, "1.0", "Prison visit " + change.kind(),
                clock, Map.of("reference", change.visit().reference(), "visitType", "STANDARD_SOCIAL",
                        "source", change.source()));
        message.put("prisonerId", change.visit().prisonerId());
        publisher.publish(VisitsSimulation.TO_NOMIS_QUEUE, eventType, message);
    }

    void onNomisChange(InMemoryVisitsNomisApi.Change change) {
        if (!"CANCELLED".equals(change.kind())) {
            return; // upstream raises OFFENDER_VISIT-UPDATED for these too, but prison-sync consumes only cancels
        }
        NomisVisit visit = change.visit();
        Map<String, Object> message = DomainEvents.offenderEvent(VISIT_CANCELLED, nextEventId.getAndIncrement(), clock);
        message.put("offenderIdDisplay", visit.offenderNo());
        if (visit.prisonId() != null) {
            message.put("agencyLocationId", visit.prisonId());
        }
        message.put("nomisEventType", "OFFENDER_VISIT-UPDATED");
        message.put("visitId", Long.toString(visit.visitId())); // a string, as the offender-events service sends it
        if (change.auditModuleName() != null) {
            message.put("auditModuleName", change.auditModuleName());
        }
        publisher.publish(VisitsSimulation.FROM_NOMIS_QUEUE, VISIT_CANCELLED, message);
    }
}
