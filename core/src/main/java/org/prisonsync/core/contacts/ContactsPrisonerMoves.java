package org.prisonsync.core.contacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * A merge or a booking move in NOMIS carries contacts from one prisoner to another without an event per contact.
 * Upstream resets the DPS relationships of both prisoners from NOMIS ({@code /sync/admin/merge}); here both are
 * rebuilt by {@link ContactsRepairs#prisonerFromNomis}: the prisoner who gained the contacts first, so each moved NOMIS
 * contact's mapping is pointed at its new DPS relationship before the other prisoner's, now matching nothing in
 * NOMIS, are deleted. The prisoners' own restrictions come with them (the same repair): each moved one is updated in
 * DPS under the gaining prisoner and its mapping re-pointed there. Idempotent, so a retry after a failure carries on.
 */
final class ContactsPrisonerMoves {
    static final String MERGED = "prison-offender-events.prisoner.merged";
    static final String BOOKING_MOVED = "prison-offender-events.prisoner.booking.moved";

    private final ContactsRepairs repairs;

    ContactsPrisonerMoves(ContactsRepairs repairs) {
        this.repairs = repairs;
    }

    /** {@code nomsNumber} kept, {@code removedNomsNumber} merged into it. */
    SyncOutcome merged(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        return rebuild("contactperson-prisoner-merged", event.requireInfoPrisoner("nomsNumber"),
                event.requireInfoPrisoner("removedNomsNumber"));
    }

    /** A booking moved from {@code movedFromNomsNumber} to {@code movedToNomsNumber}. */
    SyncOutcome bookingMoved(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        return rebuild("contactperson-booking-moved", event.requireInfoPrisoner("movedToNomsNumber"),
                event.requireInfoPrisoner("movedFromNomsNumber"));
    }

    private SyncOutcome rebuild(String name, String gained, String lost) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("offenderNo", gained);
        props.put("fromOffenderNo", lost);
        try {
            int steps = 0;
            for (String prisoner : List.of(gained, lost)) {
                RepairReport report = repairs.prisonerFromNomis(prisoner, false);
                steps += report.actions().size();
            }
            props.put("steps", Integer.toString(steps));
            return steps == 0 ? new SyncOutcome.Ignored(name + "-ignored", props, "DPS already holds NOMIS's contacts and restrictions")
                    : new SyncOutcome.Synced(name, props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(name + "-failed", props, e);
        }
    }
}
