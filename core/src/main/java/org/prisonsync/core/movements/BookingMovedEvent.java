package org.prisonsync.core.movements;

import java.time.LocalDateTime;
import java.util.Map;
import org.prisonsync.core.message.JsonFields;
import org.prisonsync.core.message.Notification;

/** DPS {@code prison-offender-events.prisoner.booking.moved}: the booking moved between two prisoners. */
public record BookingMovedEvent(long bookingId, String movedFromNomsNumber, String movedToNomsNumber,
                                String occurredAt, LocalDateTime domainTime) {
    public static final String EVENT_TYPE = "prison-offender-events.prisoner.booking.moved";

    public static BookingMovedEvent from(Notification notification) {
        Map<String, Object> json = notification.message();
        return new BookingMovedEvent(
                JsonFields.requireId(json, "additionalInformation.bookingId"),
                EventFields.requirePrisoner(json, "additionalInformation.movedFromNomsNumber"),
                EventFields.requirePrisoner(json, "additionalInformation.movedToNomsNumber"),
                JsonFields.requireString(json, "occurredAt"),
                MovementTimes.requireLocal(json, "occurredAt"));
    }
}
