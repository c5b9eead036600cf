package org.prisonsync.core.movements;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code OFFENDER_BOOKING-REASSIGNED} → the NOMIS half of a booking move, keyed on the prisoner who now holds the
 * booking. A move between aliases of one prisoner is ignored.
 */
public final class BookingReassignedHandler implements EventHandler {
    public static final String EVENT = "booking-moved-offender-event";

    private final MovementReconciliation reconciliation;

    public BookingReassignedHandler(MovementReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        BookingReassignedEvent event = BookingReassignedEvent.from(notification);
        Map<String, String> props = new LinkedHashMap<>(event.fields());
        if (event.isBetweenAliases()) {
            return MovementReconciliation.ignored(BookingReassignedEvent.EVENT_TYPE, props,
                    "booking moved between aliases of " + event.offenderNo());
        }
        MatchingEventPair half = MatchingEventPair.offenderHalf(MatchType.RECEIVED, event.offenderNo(),
                        event.bookingId(), MovementReasons.BOOKING_MOVED_EVENT, event.eventDatetime())
                .withRelated(event.previousOffenderNo());
        return reconciliation.pair(half, Counterpart.BOOKING_MOVE_AWAITING_NOMIS,
                reconciliation.settings().pairingWindow(), EVENT, props, context);
    }
}
