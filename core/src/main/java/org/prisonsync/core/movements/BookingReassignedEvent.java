package org.prisonsync.core.movements;

import java.time.LocalDateTime;
import java.util.Map;
import org.prisonsync.core.message.JsonFields;
import org.prisonsync.core.message.Notification;

/** NOMIS {@code OFFENDER_BOOKING-REASSIGNED}: booking {@code bookingId} moved from one prisoner to another. */
public record BookingReassignedEvent(String offenderNo, long bookingId, String previousOffenderNo,
                                     LocalDateTime eventDatetime, Map<String, String> fields) {
    public static final String EVENT_TYPE = "OFFENDER_BOOKING-REASSIGNED";

    public BookingReassignedEvent {
        fields = Map.copyOf(fields);
    }

    /** A move between aliases of one prisoner: no prisoner changes, nothing to pair. */
    public boolean isBetweenAliases() {
        return offenderNo.equals(previousOffenderNo);
    }

    public static BookingReassignedEvent from(Notification notification) {
        Map<String, Object> json = notification.message();
        return new BookingReassignedEvent(
                EventFields.requirePrisoner(json, "offenderIdDisplay"),
                JsonFields.requireId(json, "bookingId"),
                EventFields.requirePrisoner(json, "previousOffenderIdDisplay"),
                MovementTimes.requireLocal(json, "eventDatetime"),
                EventFields.scalars(json));
    }
}
