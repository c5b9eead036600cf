package org.prisonsync.core.movements;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code BOOKING_NUMBER-CHANGED} of type MERGE → the NOMIS half of a merge, completing a POST_MERGE_ADMISSION
 * receive when there is one. A merge without one is normal (the survivor was not OUT) and housekeeping closes it.
 * The type is checked first, as upstream does: any other type, or none, is ignored with telemetry, whatever else the
 * event lacks (a valid upstream event need not carry {@code offenderIdDisplay}).
 */
public final class MergeHandler implements EventHandler {
    public static final String EVENT = "merge-offender-event";

    private final MovementReconciliation reconciliation;

    public MergeHandler(MovementReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        Optional<String> type = MergeEvent.typeOf(notification);
        if (!type.map(MergeEvent.MERGE::equals).orElse(false)) {
            return MovementReconciliation.ignored(MergeEvent.EVENT_TYPE, EventFields.scalars(notification.message()),
                    type.map(t -> "type is " + t + ", not MERGE").orElse("no type, so not a MERGE"));
        }
        MergeEvent event = MergeEvent.from(notification);
        Map<String, String> props = new LinkedHashMap<>(event.fields());
        MatchingEventPair half = MatchingEventPair.offenderHalf(MatchType.RECEIVED, event.offenderNo(),
                        event.bookingId(), MovementReasons.MERGE_EVENT, event.eventDatetime())
                .withRelated(event.previousOffenderNo());
        return reconciliation.pair(half, Counterpart.POST_MERGE_ADMISSION_AWAITING_MERGE,
                reconciliation.settings().pairingWindow(), EVENT, props, context);
    }
}
