package org.prisonsync.core.message;

/**
 * What a domain needs of {@code prison-offender-events.prisoner.booking.moved}: the booking and the two prisoners,
 * checked at the edge. Shared by the domains that follow a moved booking (a domain may not import another's event
 * records; movement reconciliation reads the event in full, times included: {@code movements.BookingMovedEvent}).
 */
public record BookingMoved(long bookingId, String movedFromNomsNumber, String movedToNomsNumber) {
    public static final String EVENT_TYPE = "prison-offender-events.prisoner.booking.moved";

    public static BookingMoved from(DomainEvent event) {
        long bookingId = JsonFields.requireId(java.util.Map.of("additionalInformation", event.additionalInformation()),
                "additionalInformation.bookingId");
        return new BookingMoved(bookingId, event.requireInfoPrisoner("movedFromNomsNumber"),
                event.requireInfoPrisoner("movedToNomsNumber"));
    }
}
