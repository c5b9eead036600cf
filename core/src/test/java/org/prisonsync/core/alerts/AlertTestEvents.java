package org.prisonsync.core.alerts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.core.message.Notification;

/** The notifications the DPS alerts API, NOMIS and the prisoner services publish, with the upstream field names. */
final class AlertTestEvents {
    private AlertTestEvents() {
    }

    /** {@code person.alert.<kind>}, with the prisoner in {@code personReference}. */
    static Notification personAlert(InMemoryAlertsDpsApi.Change change, Instant when) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("alertUuid", change.alert().alertUuid());
        info.put("alertCode", change.alert().alertCode());
        info.put("source", change.source());
        Map<String, Object> message = domainEvent("person.alert." + change.kind(), info, when);
        message.put("personReference", Map.of("identifiers",
                List.of(Map.of("type", "NOMS", "value", change.alert().prisonNumber()))));
        return new Notification(UUID.randomUUID().toString(), "person.alert." + change.kind(), message);
    }

    /**
     * {@code ALERT-<kind>} as prison-offender-events writes it. Only the delete carries the audit module: for inserts
     * and updates the handlers must read it from the NOMIS alert, as upstream does.
     */
    static Notification nomisAlert(InMemoryAlertsNomisApi.Change change, Instant when) {
        String type = "ALERT-" + change.kind();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", type);
        message.put("eventDatetime", when.toString());
        message.put("offenderIdDisplay", change.offenderNo());
        message.put("bookingId", change.alert().id().bookingId());
        message.put("alertSeq", change.alert().id().alertSequence());
        message.put("alertCode", change.alert().alertCode());
        message.put("nomisEventType", "OFF_ALERT_" + change.kind());
        if ("DELETED".equals(change.kind()) && change.auditModuleName() != null) {
            message.put("auditModuleName", change.auditModuleName());
        }
        return new Notification(UUID.randomUUID().toString(), type, message);
    }

    static Notification merged(String retained, String removed, long bookingId, Instant when) {
        return prisonerEvent(AlertsSync.PRISONER_MERGED, Map.of("nomsNumber", retained,
                "removedNomsNumber", removed, "bookingId", Long.toString(bookingId), "reason", "MERGE"), when);
    }

    static Notification bookingMoved(long bookingId, String from, String to, Instant when) {
        return prisonerEvent(AlertsSync.BOOKING_MOVED, Map.of("bookingId", Long.toString(bookingId),
                "movedFromNomsNumber", from, "movedToNomsNumber", to, "bookingStartDateTime", when.toString()),
                when);
    }

    static Notification received(String prisoner, String reason, Instant when) {
        return prisonerEvent(AlertsSync.PRISONER_RECEIVED, Map.of("nomsNumber", prisoner, "reason", reason,
                "prisonId", "MDI"), when);
    }

    private static Notification prisonerEvent(String type, Map<String, Object> info, Instant when) {
        return new Notification(UUID.randomUUID().toString(), type, domainEvent(type, info, when));
    }

    private static Map<String, Object> domainEvent(String type, Map<String, Object> info, Instant when) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", type);
        message.put("version", 1);
        message.put("occurredAt", when.toString());
        message.put("additionalInformation", info);
        return message;
    }
}
