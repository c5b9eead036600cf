package org.prisonsync.simulator.alerts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.NomisAlert;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.simulator.DomainEvents;
import org.prisonsync.simulator.EventPublisher;

/**
 * The alert events the real systems publish: DPS alert changes as {@code person.alert.created|updated|deleted}
 * (source from the change) on the to-NOMIS alerts queue; NOMIS alert changes as {@code ALERT-INSERTED|UPDATED|DELETED}
 * offender events (with the writer's audit module) on the from-NOMIS alerts queue. A direction whose queue is not
 * configured is not published (the prisoner-level events reach that queue through
 * {@link org.prisonsync.simulator.prisoners.PrisonerEvents}).
 */
final class AlertEventPublisher {
    private final EventPublisher publisher;
    private final Clock clock;
    private final AtomicLong nextEventId = new AtomicLong(7_340_001);

    AlertEventPublisher(EventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    void onDpsChange(InMemoryAlertsDpsApi.Change change) {
        if (!publisher.publishes(AlertsSimulation.TO_NOMIS_QUEUE)) {
            return;
        }
        DpsAlert alert = change.alert();
        String eventType = "person.alert." + change.kind();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("alertUuid", alert.alertUuid());
        info.put("alertCode", alert.alertCode());
        info.put("source", change.source());
        Map<String, Object> message = DomainEvents.aboutPrisoner(DomainEvents.domainEvent(eventType, "1",
                "An alert has been " + change.kind(), clock, info), alert.prisonNumber());
        publisher.publish(AlertsSimulation.TO_NOMIS_QUEUE, eventType, message);
    }

    void onNomisChange(InMemoryAlertsNomisApi.Change change) {
        if (!publisher.publishes(AlertsSimulation.FROM_NOMIS_QUEUE)) {
            return;
        }
        NomisAlert alert = change.alert();
        String eventType = "ALERT-" + change.kind();
        Map<String, Object> message = DomainEvents.offenderEvent(eventType, nextEventId.getAndIncrement(), clock);
        // numbers as strings, as the offender-events service sends them
        message.put("bookingId", Long.toString(alert.id().bookingId()));
        message.put("alertSeq", Long.toString(alert.id().alertSequence()));
        if (change.offenderNo() != null) {
            message.put("offenderIdDisplay", change.offenderNo());
        }
        message.put("nomisEventType", nomisEventType(change.kind()));
        message.put("alertType", alert.alertCode().substring(0, 1));
        message.put("alertCode", alert.alertCode());
        if (alert.createdAt() != null) {
            message.put("alertDateTime", alert.createdAt().withNano(0).toString());
        }
        if (change.auditModuleName() != null) {
            message.put("auditModuleName", change.auditModuleName());
        }
        publisher.publish(AlertsSimulation.FROM_NOMIS_QUEUE, eventType, message);
    }

    private static String nomisEventType(String kind) {
        switch (kind) {
            case "INSERTED":
                return "OFF_ALERT_INSERT";
            case "DELETED":
                return "OFF_ALERT_DELETE";
            default:
                return "OFF_ALERT_UPDATE";
        }
    }
}
