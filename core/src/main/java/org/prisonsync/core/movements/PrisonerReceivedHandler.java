package org.prisonsync.core.movements;

import static org.prisonsync.core.movements.MovementReasons.NEW_ADMISSION;
import static org.prisonsync.core.movements.MovementReasons.POST_MERGE_ADMISSION;
import static org.prisonsync.core.movements.MovementReasons.READMISSION;
import static org.prisonsync.core.movements.MovementReasons.READMISSION_SWITCH_BOOKING;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code prisoner-offender-search.prisoner.received} → the DPS half of an admission. Only admissions count
 * (transfers, court and TAP returns do not); a POST_MERGE_ADMISSION pairs with the NOMIS merge, the rest with an ADM.
 */
public final class PrisonerReceivedHandler implements EventHandler {
    public static final String EVENT = "domain-event";
    static final Set<String> ADMISSIONS = Set.of(NEW_ADMISSION, READMISSION, READMISSION_SWITCH_BOOKING,
            POST_MERGE_ADMISSION);

    private final MovementReconciliation reconciliation;

    public PrisonerReceivedHandler(MovementReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        PrisonerReceivedEvent event = PrisonerReceivedEvent.from(notification);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("type", "RECEIVED");
        props.put("occurredAt", event.occurredAt());
        props.put("nomsNumber", event.nomsNumber());
        props.put("reason", event.reason());
        props.put("prisonId", event.prisonId());
        if (!ADMISSIONS.contains(event.reason())) {
            return MovementReconciliation.ignored(PrisonerReceivedEvent.EVENT_TYPE, props,
                    "reason " + event.reason() + " is not an admission");
        }
        Counterpart counterpart = POST_MERGE_ADMISSION.equals(event.reason())
                ? Counterpart.MERGE_AWAITING_DPS : Counterpart.ADMISSION_AWAITING_DPS;
        MatchingEventPair half = MatchingEventPair.domainHalf(MatchType.RECEIVED, event.nomsNumber(), event.reason(),
                event.domainTime());
        return reconciliation.pair(half, counterpart, reconciliation.settings().pairingWindow(), EVENT, props, context);
    }
}
