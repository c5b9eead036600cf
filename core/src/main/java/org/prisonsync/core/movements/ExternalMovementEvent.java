package org.prisonsync.core.movements;

import java.time.LocalDateTime;
import java.util.Map;
import org.prisonsync.core.message.JsonFields;
import org.prisonsync.core.message.Notification;

/** NOMIS {@code EXTERNAL_MOVEMENT-CHANGED}: one movement of a booking, inserted, updated or deleted. */
public record ExternalMovementEvent(String offenderNo, long bookingId, int movementSeq, String movementType,
                                    String movementReasonCode, String directionCode,
                                    LocalDateTime movementDateTime, Map<String, String> fields) {
    public static final String EVENT_TYPE = "EXTERNAL_MOVEMENT-CHANGED";

    public ExternalMovementEvent {
        fields = Map.copyOf(fields);
    }

    public static ExternalMovementEvent from(Notification notification) {
        Map<String, Object> json = notification.message();
        return new ExternalMovementEvent(
                JsonFields.requireString(json, "offenderIdDisplay"),
                JsonFields.requireLong(json, "bookingId"),
                Math.toIntExact(JsonFields.requireLong(json, "movementSeq")),
                JsonFields.requireString(json, "movementType"),
                JsonFields.string(json, "movementReasonCode").orElse(null),
                JsonFields.string(json, "directionCode").orElse(null),
                MovementTimes.requireLocal(json, "movementDateTime"),
                EventFields.scalars(json));
    }
}
