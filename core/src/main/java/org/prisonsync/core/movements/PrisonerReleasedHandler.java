package org.prisonsync.core.movements;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code prisoner-offender-search.prisoner.released} → the DPS half of a release. Only RELEASED and
 * RELEASED_TO_HOSPITAL count; transfers, court and TAP departures do not.
 */
public final class PrisonerReleasedHandler implements EventHandler {
    public static final String EVENT = "domain-event";
    static final Set<String> RELEASES = Set.of(MovementReasons.RELEASED, MovementReasons.RELEASED_TO_HOSPITAL);

    private final MovementReconciliation reconciliation;

    public PrisonerReleasedHandler(MovementReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        PrisonerReleasedEvent event = PrisonerReleasedEvent.from(notification);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("type", "RELEASED");
        props.put("occurredAt", event.occurredAt());
        props.put("nomsNumber", event.nomsNumber());
        props.put("reason", event.reason());
        props.put("prisonId", event.prisonId());
        if (!RELEASES.contains(event.reason())) {
            return MovementReconciliation.ignored(PrisonerReleasedEvent.EVENT_TYPE, props,
                    "reason " + event.reason() + " is not a release");
        }
        MatchingEventPair half = MatchingEventPair.domainHalf(MatchType.RELEASED, event.nomsNumber(), event.reason(),
                event.domainTime());
        return reconciliation.pair(half, Counterpart.RELEASE_AWAITING_DPS,
                reconciliation.settings().pairingWindow(), EVENT, props, context);
    }
}
