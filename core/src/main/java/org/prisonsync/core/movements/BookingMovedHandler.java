package org.prisonsync.core.movements;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code prison-offender-events.prisoner.booking.moved} → the DPS half of a booking move, keyed on the prisoner the
 * booking moved to. The receive and release it may cause are paired with it by housekeeping.
 */
public final class BookingMovedHandler implements EventHandler {
    public static final String EVENT = "booking-moved-domain-event";

    private final MovementReconciliation reconciliation;

    public BookingMovedHandler(MovementReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        BookingMovedEvent event = BookingMovedEvent.from(notification);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("occurredAt", event.occurredAt());
        props.put("bookingId", Long.toString(event.bookingId()));
        props.put("movedToNomsNumber", event.movedToNomsNumber());
        props.put("movedFromNomsNumber", event.movedFromNomsNumber());
        MatchingEventPair half = new MatchingEventPair(null, MatchType.RECEIVED, event.movedToNomsNumber(),
                event.movedFromNomsNumber(), MovementReasons.BOOKING_MOVED_EVENT, event.domainTime(),
                event.bookingId(), null, null, null, null, null, null, false, null);
        return reconciliation.pair(half, Counterpart.BOOKING_MOVE_AWAITING_DPS,
                reconciliation.settings().pairingWindow(), EVENT, props, context);
    }
}
