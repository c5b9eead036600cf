package org.prisonsync.simulator;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two envelopes upstream's events arrive in, built once for every domain: the HMPPS domain event
 * ({@code eventType}, {@code version}, {@code description}, {@code occurredAt}, {@code additionalInformation},
 * optionally {@code personReference}) the DPS services publish, and the offender event ({@code eventType},
 * {@code eventId}, {@code eventDatetime}, then the event's own fields) NOMIS's offender-events service publishes.
 */
public final class DomainEvents {
    private DomainEvents() {
    }

    /** An HMPPS domain event; the caller may add fields after {@code additionalInformation}. */
    public static Map<String, Object> domainEvent(String eventType, String version, String description, Clock clock,
                                                  Map<String, Object> additionalInformation) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", version);
        message.put("description", description);
        message.put("occurredAt", OffsetDateTime.now(clock).toString());
        message.put("additionalInformation", additionalInformation);
        return message;
    }

    /** {@code message} with the {@code personReference} naming the prisoner by NOMS number, as DPS services add it. */
    public static Map<String, Object> aboutPrisoner(Map<String, Object> message, String prisonerNumber) {
        message.put("personReference", Map.of("identifiers", List.of(Map.of("type", "NOMS", "value", prisonerNumber))));
        return message;
    }

    /** An offender event's head; the caller adds the event's own fields in order. */
    public static Map<String, Object> offenderEvent(String eventType, long eventId, Clock clock) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("eventId", Long.toString(eventId)); // a string, as the offender-events service sends it
        message.put("eventDatetime", LocalDateTime.now(clock).toString());
        return message;
    }
}
