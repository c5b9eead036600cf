package org.prisonsync.core.movements;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code BOOKING_NUMBER-CHANGED} of type MERGE → the NOMIS half of a merge, completing a POST_MERGE_ADMISSION
 * receive when there is one. A merge without one is normal (the survivor was not OUT) and housekeeping closes it.
 */
public final class MergeHandler implements EventHandler {
    public static final String EVENT = "merge-offender-event";

    private final MovementReconciliation reconciliation;

    public MergeHandler(MovementReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        MergeEvent event = MergeEvent.from(notification);
        Map<String, String> props = new LinkedHashMap<>(event.fields());
        if (!event.isMerge()) {
            return MovementReconciliation.ignored(MergeEvent.EVENT_TYPE, props, "type is " + event.type()
                    + ", not MERGE");
        }
        MatchingEventPair half = MatchingEventPair.offenderHalf(MatchType.RECEIVED, event.offenderNo(),
                        event.bookingId(), MovementReasons.MERGE_EVENT, event.eventDatetime())
                .withRelated(event.previousOffenderNo());
        return reconciliation.pair(half, Counterpart.POST_MERGE_ADMISSION_AWAITING_MERGE,
                reconciliation.settings().pairingWindow(), EVENT, props);
    }
}
