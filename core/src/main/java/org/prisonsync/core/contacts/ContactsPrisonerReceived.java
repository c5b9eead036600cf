package org.prisonsync.core.contacts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.PrisonerReceived;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code prisoner-offender-search.prisoner.received} with reason {@code READMISSION_SWITCH_BOOKING}: NOMIS made an
 * earlier booking current again, and with it that booking's contacts, without an event per contact. As upstream, the
 * prisoner's DPS relationships are resynchronised from NOMIS ({@link ContactsRepairs#prisonerFromNomis}). Every other
 * reason keeps the booking, and the contacts, as they are.
 */
final class ContactsPrisonerReceived implements EventHandler {
    static final String EVENT = "contactperson-resynchronise-prisoner";
    static final String SWITCH_BOOKING = "READMISSION_SWITCH_BOOKING";

    private final ContactsRepairs repairs;

    ContactsPrisonerReceived(ContactsRepairs repairs) {
        this.repairs = repairs;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        PrisonerReceived received = PrisonerReceived.from(notification.asDomainEvent());
        String prisoner = received.prisonerNumber();
        String reason = received.reason();
        Map<String, String> props = new LinkedHashMap<>();
        props.put("offenderNo", prisoner);
        props.put("receiveReason", reason);
        if (!SWITCH_BOOKING.equals(reason)) {
            return new SyncOutcome.Ignored(EVENT + "-ignored", props, "reason " + reason + " keeps the booking");
        }
        try {
            RepairReport report = repairs.prisonerFromNomis(prisoner, false);
            props.put("steps", Integer.toString(report.actions().size()));
            return report.actions().isEmpty()
                    ? new SyncOutcome.Ignored(EVENT + "-ignored", props, "DPS already holds NOMIS's contacts")
                    : new SyncOutcome.Synced(EVENT, props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            // The rebuild is idempotent: a retry carries on from whatever it had done.
            return SyncOutcome.RetryLater.upstreamFailed(EVENT + "-failed", props, e);
        }
    }
}
