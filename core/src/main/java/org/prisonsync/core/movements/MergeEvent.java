package org.prisonsync.core.movements;

import java.time.LocalDateTime;
import java.util.Map;
import org.prisonsync.core.message.JsonFields;
import org.prisonsync.core.message.Notification;

/**
 * NOMIS {@code BOOKING_NUMBER-CHANGED}; of type {@code MERGE} when {@code previousOffenderNo} was merged into
 * {@code offenderNo}. {@code type} is null when absent.
 */
public record MergeEvent(String offenderNo, long bookingId, String previousOffenderNo, String type,
                         LocalDateTime eventDatetime, Map<String, String> fields) {
    public static final String EVENT_TYPE = "BOOKING_NUMBER-CHANGED";

    public MergeEvent {
        fields = Map.copyOf(fields);
    }

    public boolean isMerge() {
        return "MERGE".equals(type);
    }

    public static MergeEvent from(Notification notification) {
        Map<String, Object> json = notification.message();
        String type = JsonFields.string(json, "type").orElse(null);
        return new MergeEvent(
                JsonFields.requireString(json, "offenderIdDisplay"),
                JsonFields.requireLong(json, "bookingId"),
                "MERGE".equals(type) ? JsonFields.requireString(json, "previousOffenderIdDisplay")
                        : JsonFields.string(json, "previousOffenderIdDisplay").orElse(null),
                type,
                MovementTimes.requireLocal(json, "eventDatetime"),
                EventFields.scalars(json));
    }
}
