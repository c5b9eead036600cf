package org.prisonsync.core.movements;

import java.time.Clock;
import org.prisonsync.core.sync.EventRegistrations;

/** Registers the movement pairing handlers under the domain {@value #DOMAIN}. */
public final class MovementsSync {
    public static final String DOMAIN = "movements";

    private final MovementReconciliation reconciliation;
    private final PrisonMovements movements;

    public MovementsSync(MatchingEventPairs pairs, PrisonMovements movements, Clock clock, MovementSettings settings) {
        this.reconciliation = new MovementReconciliation(pairs, clock, settings);
        this.movements = movements;
    }

    public MovementsSync(MatchingEventPairs pairs, PrisonMovements movements, Clock clock) {
        this(pairs, movements, clock, MovementSettings.DEFAULTS);
    }

    public void register(EventRegistrations routes) {
        routes.on(ExternalMovementEvent.EVENT_TYPE, new ExternalMovementHandler(reconciliation, movements))
                .on(MergeEvent.EVENT_TYPE, new MergeHandler(reconciliation))
                .on(BookingReassignedEvent.EVENT_TYPE, new BookingReassignedHandler(reconciliation))
                .on(BookingMovedEvent.EVENT_TYPE, new BookingMovedHandler(reconciliation))
                .on(PrisonerReceivedEvent.EVENT_TYPE, new PrisonerReceivedHandler(reconciliation))
                .on(PrisonerReleasedEvent.EVENT_TYPE, new PrisonerReleasedHandler(reconciliation))
                .on(PatientRemovedEvent.EVENT_TYPE, new PatientRemovedHandler(reconciliation));
    }
}
