package org.prisonsync.core.movements;

import java.time.Clock;
import org.prisonsync.core.sync.EventRoutes;

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

    public void register(EventRoutes routes) {
        routes.on(DOMAIN, ExternalMovementEvent.EVENT_TYPE, new ExternalMovementHandler(reconciliation, movements))
                .on(DOMAIN, MergeEvent.EVENT_TYPE, new MergeHandler(reconciliation))
                .on(DOMAIN, BookingReassignedEvent.EVENT_TYPE, new BookingReassignedHandler(reconciliation))
                .on(DOMAIN, BookingMovedEvent.EVENT_TYPE, new BookingMovedHandler(reconciliation))
                .on(DOMAIN, PrisonerReceivedEvent.EVENT_TYPE, new PrisonerReceivedHandler(reconciliation))
                .on(DOMAIN, PrisonerReleasedEvent.EVENT_TYPE, new PrisonerReleasedHandler(reconciliation))
                .on(DOMAIN, PatientRemovedEvent.EVENT_TYPE, new PatientRemovedHandler(reconciliation));
    }
}
