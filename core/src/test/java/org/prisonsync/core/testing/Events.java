package org.prisonsync.core.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.NomisVisit;

/** Builds the notifications DPS and NOMIS publish, with the upstream field names. */
public final class Events {
    private Events() {
    }

    /** A DPS visit scheduler domain event, {@code prison-visit.<kind>}. */
    public static Notification dpsVisit(String kind, DpsVisit visit, String source, Instant occurredAt) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("reference", visit.reference());
        info.put("visitType", visit.visitType());
        info.put("source", source);
        return domainEvent("prison-visit." + kind, visit.prisonerId(), info, occurredAt);
    }

    /** A domain event with a top-level {@code prisonerId} (may be null) and the given additional information. */
    public static Notification domainEvent(String eventType, String prisonerId, Map<String, Object> info,
                                           Instant occurredAt) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", 1);
        message.put("occurredAt", occurredAt.toString());
        if (prisonerId != null) {
            message.put("prisonerId", prisonerId);
        }
        if (info != null) {
            message.put("additionalInformation", info);
        }
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }

    /** The NOMIS offender event raised when a visit is cancelled, as prison-offender-events writes it. */
    public static Notification nomisVisitCancelled(NomisVisit visit, String auditModuleName, Instant when) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", "VISIT_CANCELLED");
        message.put("eventDatetime", when.toString());
        message.put("offenderIdDisplay", visit.offenderNo());
        message.put("agencyLocationId", visit.prisonId());
        message.put("nomisEventType", "OFFENDER_VISIT-UPDATED");
        message.put("visitId", Long.toString(visit.visitId()));
        if (auditModuleName != null) {
            message.put("auditModuleName", auditModuleName);
        }
        return new Notification(UUID.randomUUID().toString(), "VISIT_CANCELLED", message);
    }
}
