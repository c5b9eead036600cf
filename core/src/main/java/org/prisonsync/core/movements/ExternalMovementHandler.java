package org.prisonsync.core.movements;

import static org.prisonsync.core.movements.MovementReasons.ADMISSION;
import static org.prisonsync.core.movements.MovementReasons.IN;
import static org.prisonsync.core.movements.MovementReasons.RELEASE;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.Steps;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code EXTERNAL_MOVEMENT-CHANGED} → the NOMIS half of an admission or release. The event fires for inserts,
 * updates and deletes alike, so the booking's movements are read: a missing movement is a deletion
 * ({@code offender-event-deletion}), an updated one is ignored. An ADM counts only when the previous movement by
 * sequence is absent or a REL (an ADM after a court or TAP return is no admission); every REL counts.
 */
public final class ExternalMovementHandler implements EventHandler {
    public static final String EVENT = "offender-event";
    public static final String DELETION = "offender-event-deletion";

    private final MovementReconciliation reconciliation;
    private final PrisonMovements movements;

    public ExternalMovementHandler(MovementReconciliation reconciliation, PrisonMovements movements) {
        this.reconciliation = reconciliation;
        this.movements = movements;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        ExternalMovementEvent event = ExternalMovementEvent.from(notification);
        Map<String, String> props = new LinkedHashMap<>(event.fields());
        props.put("matchType", event.movementType());
        boolean admission = ADMISSION.equals(event.movementType());
        if (!admission && !RELEASE.equals(event.movementType())) {
            return MovementReconciliation.ignored(ExternalMovementEvent.EVENT_TYPE, props,
                    "movement type " + event.movementType() + " is neither an admission nor a release");
        }
        List<BookingMovement> booking = movements.movementsOfBooking(event.bookingId()).stream()
                .sorted(Comparator.comparingInt(BookingMovement::sequence)).toList();
        context.step(Steps.NOMIS_READ);
        int index = indexOf(booking, event.movementSeq());
        if (index < 0) {
            return new SyncOutcome.Ignored(DELETION, props, "movement " + event.movementSeq() + " of booking "
                    + event.bookingId() + " no longer exists");
        }
        BookingMovement movement = booking.get(index);
        if (movement.wasUpdated()) {
            return MovementReconciliation.ignored(ExternalMovementEvent.EVENT_TYPE, props,
                    "movement " + event.movementSeq() + " was updated, not inserted");
        }
        BookingMovement previous = index == 0 ? null : booking.get(index - 1);
        if (admission && !IN.equals(event.directionCode())) {
            return MovementReconciliation.ignored(ExternalMovementEvent.EVENT_TYPE, props, "ADM is not inwards");
        }
        if (admission && previous != null && !RELEASE.equals(previous.movementType())) {
            return MovementReconciliation.ignored(ExternalMovementEvent.EVENT_TYPE, props,
                    "previous movement is " + previous.movementType() + ", not a release");
        }
        MatchingEventPair half = MatchingEventPair.offenderHalf(admission ? MatchType.RECEIVED : MatchType.RELEASED,
                        event.offenderNo(), event.bookingId(), event.movementReasonCode(), event.movementDateTime())
                .withPrevious(previous == null ? null : previous.movementReasonCode(),
                        previous == null ? null : previous.movementDateTime(),
                        previous == null ? null : previous.directionCode());
        MovementSettings settings = reconciliation.settings();
        return admission
                ? reconciliation.pair(half, Counterpart.ADMISSION_AWAITING_NOMIS, settings.admissionWindow(), EVENT,
                props, context)
                : reconciliation.pair(half, Counterpart.RELEASE_AWAITING_NOMIS, settings.pairingWindow(), EVENT,
                props, context);
    }

    private static int indexOf(List<BookingMovement> booking, int sequence) {
        for (int i = 0; i < booking.size(); i++) {
            if (booking.get(i).sequence() == sequence) {
                return i;
            }
        }
        return -1;
    }
}
