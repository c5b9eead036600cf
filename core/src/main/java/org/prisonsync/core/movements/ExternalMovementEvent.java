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
                EventFields.requirePrisoner(json, "offenderIdDisplay"),
                JsonFields.requireId(json, "bookingId"),
                JsonFields.requireIntId(json, "movementSeq"),
                EventFields.requireCode(json, "movementType", EventFields.MAX_CODE),
                EventFields.code(json, "movementReasonCode", EventFields.MAX_REASON),
                EventFields.code(json, "directionCode", EventFields.MAX_CODE),
                MovementTimes.requireLocal(json, "movementDateTime"),
                EventFields.scalars(json));
    }
}
