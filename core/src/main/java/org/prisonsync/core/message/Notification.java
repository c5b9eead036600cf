package org.prisonsync.core.message;

import java.util.Map;
import java.util.Objects;

/**
 * An SNS {@code Notification}: {@code message} is the inner {@code Message} JSON (a DPS domain event or a NOMIS
 * offender event) decoded to a map; {@code eventType} comes from the inner message, falling back to
 * {@code MessageAttributes.eventType}.
 */
public record Notification(String messageId, String eventType, Map<String, Object> message) implements Envelope {
    public Notification {
        Objects.requireNonNull(eventType, "eventType");
        message = Map.copyOf(Objects.requireNonNullElse(message, Map.of()));
        messageId = messageId == null ? "" : messageId;
    }

    @Override
    public String type() {
        return eventType;
    }

    public DomainEvent asDomainEvent() {
        return DomainEvent.from(message);
    }

    public OffenderEvent asOffenderEvent() {
        return OffenderEvent.from(message);
    }
}
