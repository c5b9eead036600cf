package org.prisonsync.core.testing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.movements.BookingMovedEvent;
import org.prisonsync.core.movements.BookingReassignedEvent;
import org.prisonsync.core.movements.ExternalMovementEvent;
import org.prisonsync.core.movements.MergeEvent;
import org.prisonsync.core.movements.PatientRemovedEvent;
import org.prisonsync.core.movements.PrisonerReceivedEvent;
import org.prisonsync.core.movements.PrisonerReleasedEvent;

/**
 * The notifications of seed 003 with upstream's field names (recon-sqs-mapping §A.3, §A.8), for core tests and the
 * service's ITs and benchmarks.
 */
public final class MovementEvents {
    private MovementEvents() {
    }

    public static Notification externalMovement(String prisoner, long bookingId, int seq, String type,
                                                String reason, String direction, LocalDateTime when) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventType", ExternalMovementEvent.EVENT_TYPE);
        m.put("eventDatetime", when.plusSeconds(30).toString());
        m.put("bookingId", bookingId);
        m.put("offenderIdDisplay", prisoner);
        m.put("nomisEventType", ExternalMovementEvent.EVENT_TYPE);
        m.put("movementSeq", seq);
        m.put("movementDateTime", when.toString());
        m.put("movementType", type);
        m.put("movementReasonCode", reason);
        m.put("directionCode", direction);
        m.put("fromAgencyLocationId", "KSWRTH");
        m.put("toAgencyLocationId", "FNI");
        m.put("recordInserted", true);
        m.put("recordDeleted", false);
        m.put("auditModuleName", "OIDADMIS");
        return notification(m);
    }

    public static Notification merge(String prisoner, String previousPrisoner, long bookingId, LocalDateTime when) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventType", MergeEvent.EVENT_TYPE);
        m.put("eventDatetime", when.toString());
        m.put("bookingId", bookingId);
        m.put("offenderIdDisplay", prisoner);
        m.put("offenderId", "5383902");
        m.put("type", "MERGE");
        m.put("nomisEventType", "BOOK_UPD_OASYS");
        m.put("previousOffenderIdDisplay", previousPrisoner);
        m.put("previousBookingNumber", "V24071");
        return notification(m);
    }

    public static Notification bookingReassigned(String prisoner, String previousPrisoner, long bookingId,
                                                 Instant when) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventType", BookingReassignedEvent.EVENT_TYPE);
        m.put("eventDatetime", when.toString());
        m.put("bookingId", bookingId);
        m.put("offenderIdDisplay", prisoner);
        m.put("previousOffenderIdDisplay", previousPrisoner);
        m.put("bookingStartDateTime", "2025-04-25T17:16:00");
        m.put("lastAdmissionDate", "2025-02-15");
        return notification(m);
    }

    public static Notification received(String prisoner, String reason, Instant occurredAt) {
        return domain(PrisonerReceivedEvent.EVENT_TYPE, occurredAt, Map.of("nomsNumber", prisoner, "reason", reason,
                "prisonId", "FNI"));
    }

    public static Notification released(String prisoner, String reason, Instant occurredAt) {
        return domain(PrisonerReleasedEvent.EVENT_TYPE, occurredAt, Map.of("nomsNumber", prisoner, "reason", reason,
                "prisonId", "FNI"));
    }

    public static Notification patientRemoved(String prisoner, Instant occurredAt) {
        return domain(PatientRemovedEvent.EVENT_TYPE, occurredAt, Map.of("prisonerNumber", prisoner));
    }

    public static Notification bookingMoved(long bookingId, String from, String to, Instant occurredAt) {
        return domain(BookingMovedEvent.EVENT_TYPE, occurredAt, Map.of("bookingId", Long.toString(bookingId),
                "movedFromNomsNumber", from, "movedToNomsNumber", to, "bookingStartDateTime", "2025-04-25T17:16:00"));
    }

    public static Notification domain(String eventType, Instant occurredAt, Map<String, Object> info) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventType", eventType);
        m.put("version", 1);
        m.put("occurredAt", occurredAt.toString());
        m.put("description", "test event");
        m.put("additionalInformation", info);
        m.put("personReference", Map.of("identifiers", List.of(Map.of("type", "NOMS", "value", "A5178EX"))));
        return notification(m);
    }

    private static Notification notification(Map<String, Object> message) {
        return new Notification(UUID.randomUUID().toString(), (String) message.get("eventType"), message);
    }
}
