package org.prisonsync.simulator;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.NomisAlert;
import org.prisonsync.core.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.inmemory.InMemoryAlertsNomisApi;

/**
 * The alert events the real systems publish: DPS alert changes as {@code person.alert.created|updated|deleted}
 * (source from the change) on the to-NOMIS alerts queue; NOMIS alert changes as {@code ALERT-INSERTED|UPDATED|DELETED}
 * offender events (with the writer's audit module) and the prisoner-level domain events on the from-NOMIS alerts
 * queue. The in-memory NOMIS reports only alert changes, so the control API calls the prisoner-level methods here
 * after making the change. A direction whose queue is not configured is not published.
 */
final class AlertEventPublisher {
    static final String MERGED = "prison-offender-events.prisoner.merged";
    static final String BOOKING_MOVED = "prison-offender-events.prisoner.booking.moved";
    static final String RECEIVED = "prisoner-offender-search.prisoner.received";

    private final EventPublisher publisher;
    private final SimulatorSettings settings;
    private final Clock clock;
    private final AtomicLong nextEventId = new AtomicLong(7_340_001);

    AlertEventPublisher(EventPublisher publisher, SimulatorSettings settings, Clock clock) {
        this.publisher = publisher;
        this.settings = settings;
        this.clock = clock;
    }

    void onDpsChange(InMemoryAlertsDpsApi.Change change) {
        if (settings.alertsToNomisQueue() == null) {
            return;
        }
        DpsAlert alert = change.alert();
        String eventType = "person.alert." + change.kind();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("alertUuid", alert.alertUuid());
        info.put("alertCode", alert.alertCode());
        info.put("source", change.source());
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1");
        message.put("description", "An alert has been " + change.kind());
        message.put("occurredAt", OffsetDateTime.now(clock).toString());
        message.put("additionalInformation", info);
        message.put("personReference", Map.of("identifiers",
                List.of(Map.of("type", "NOMS", "value", alert.prisonNumber()))));
        publisher.publish(settings.alertsToNomisQueue(), eventType, message);
    }

    void onNomisChange(InMemoryAlertsNomisApi.Change change) {
        if (settings.alertsFromNomisQueue() == null) {
            return;
        }
        NomisAlert alert = change.alert();
        String eventType = "ALERT-" + change.kind();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("eventId", Long.toString(nextEventId.getAndIncrement()));
        message.put("eventDatetime", LocalDateTime.now(clock).toString());
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
        publisher.publish(settings.alertsFromNomisQueue(), eventType, message);
    }

    void prisonerMerged(String retained, String removed, Long bookingId) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("nomsNumber", retained);
        info.put("removedNomsNumber", removed);
        if (bookingId != null) {
            info.put("bookingId", bookingId.toString());
        }
        info.put("reason", "MERGE");
        publishDomainEvent(MERGED, "A prisoner has been merged from " + removed + " to " + retained, info);
    }

    void bookingMoved(String from, String to, long bookingId) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("movedFromNomsNumber", from);
        info.put("movedToNomsNumber", to);
        info.put("bookingId", Long.toString(bookingId));
        publishDomainEvent(BOOKING_MOVED, "a NOMIS booking has moved from " + from + " to " + to, info);
    }

    void prisonerReceived(String prisonerNumber, String reason) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("nomsNumber", prisonerNumber);
        info.put("reason", reason);
        publishDomainEvent(RECEIVED, "A prisoner has been received into prison", info);
    }

    private void publishDomainEvent(String eventType, String description, Map<String, Object> info) {
        if (settings.alertsFromNomisQueue() == null) {
            return;
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1");
        message.put("description", description);
        message.put("occurredAt", OffsetDateTime.now(clock).toString());
        message.put("additionalInformation", info);
        publisher.publish(settings.alertsFromNomisQueue(), eventType, message);
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
