package org.prisonsync.core.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.PrisonerReceived;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code prisoner-offender-search.prisoner.received} on a new or switched booking → resync the prisoner from NOMIS
 * (ADR004 scenarios 1 and 3: a new booking, and the recall corrected back onto the previous booking, where NOMIS
 * copies nothing). Other receive reasons (transfers, court returns …) leave the booking, and the alerts, as they are.
 */
public final class AlertsPrisonerReceivedHandler implements EventHandler {
    static final String EVENT = "from-nomis-synch-alerts-resynchronise";
    static final Set<String> RESYNC_REASONS = Set.of("NEW_ADMISSION", "READMISSION_SWITCH_BOOKING");

    private final PrisonerAlertsResync resync;

    public AlertsPrisonerReceivedHandler(PrisonerAlertsResync resync) {
        this.resync = resync;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        PrisonerReceived received = PrisonerReceived.from(notification.asDomainEvent());
        String prisoner = received.prisonerNumber();
        String reason = received.reason();
        Map<String, String> props = new LinkedHashMap<>();
        props.put("offenderNo", prisoner);
        props.put("receiveReason", reason);
        if (!RESYNC_REASONS.contains(reason)) {
            return new SyncOutcome.Ignored(EVENT + "-ignored", props, "reason " + reason + " keeps the booking");
        }
        return PrisonerLevelOutcomes.of(EVENT, props, resync.resync(List.of(prisoner), List.of()));
    }
}
