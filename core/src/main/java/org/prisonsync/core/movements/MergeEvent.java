package org.prisonsync.core.movements;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.message.JsonFields;
import org.prisonsync.core.message.Notification;

/**
 * NOMIS {@code BOOKING_NUMBER-CHANGED}; of type {@code MERGE} when {@code previousOffenderNo} was merged into
 * {@code offenderNo}. {@code type} is null when absent. Only a merge is read whole: the other types (a booking number
 * changed for any other reason, with or without {@code offenderIdDisplay}) matter to nobody, so {@link #typeOf} is
 * read first and they are never required to carry a merge's fields.
 */
public record MergeEvent(String offenderNo, long bookingId, String previousOffenderNo, String type,
                         LocalDateTime eventDatetime, Map<String, String> fields) {
    public static final String EVENT_TYPE = "BOOKING_NUMBER-CHANGED";
    public static final String MERGE = "MERGE";

    public MergeEvent {
        fields = Map.copyOf(fields);
    }

    public boolean isMerge() {
        return MERGE.equals(type);
    }

    /** The event's {@code type} ({@code MERGE}, {@code BOOK_NUMBER_CHANGE} …); empty when absent. Only compared. */
    public static Optional<String> typeOf(Notification notification) {
        return JsonFields.string(notification.message(), "type");
    }

    public static MergeEvent from(Notification notification) {
        Map<String, Object> json = notification.message();
        String type = typeOf(notification).orElse(null);
        return new MergeEvent(
                EventFields.requirePrisoner(json, "offenderIdDisplay"),
                JsonFields.requireId(json, "bookingId"),
                MERGE.equals(type) ? EventFields.requirePrisoner(json, "previousOffenderIdDisplay")
                        : JsonFields.string(json, "previousOffenderIdDisplay").orElse(null),
                type,
                MovementTimes.requireLocal(json, "eventDatetime"),
                EventFields.scalars(json));
    }
}
