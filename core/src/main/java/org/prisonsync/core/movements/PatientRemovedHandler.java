package org.prisonsync.core.movements;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code restricted-patients.patient.removed} → the DPS half of a release from hospital (REMOVED_FROM_HOSPITAL),
 * completing a NOMIS REL whose previous movement was a REL-HP. On a return to prison that REL is optional, so an
 * unpaired removal is left for housekeeping, which matches it late or closes it as an orphan.
 */
public final class PatientRemovedHandler implements EventHandler {
    public static final String EVENT = "restricted-patient-event";

    private final MovementReconciliation reconciliation;

    public PatientRemovedHandler(MovementReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        PatientRemovedEvent event = PatientRemovedEvent.from(notification);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("occurredAt", event.occurredAt());
        props.put("nomsNumber", event.prisonerNumber());
        MatchingEventPair half = MatchingEventPair.domainHalf(MatchType.RELEASED, event.prisonerNumber(),
                MovementReasons.REMOVED_FROM_HOSPITAL, event.domainTime());
        return reconciliation.pair(half, Counterpart.HOSPITAL_RELEASE_AWAITING_DPS,
                reconciliation.settings().pairingWindow(), EVENT, props, context);
    }
}
