package org.prisonsync.core.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/** {@code prison-offender-events.prisoner.booking.moved} → resync both prisoners from NOMIS (ADR004). */
public final class AlertsBookingMovedHandler implements EventHandler {
    static final String EVENT = "from-nomis-synch-alerts-booking-moved";

    private final PrisonerAlertsResync resync;

    public AlertsBookingMovedHandler(PrisonerAlertsResync resync) {
        this.resync = resync;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String from = event.requireInfoPrisoner("movedFromNomsNumber");
        String to = event.requireInfoPrisoner("movedToNomsNumber");
        Map<String, String> props = new LinkedHashMap<>();
        props.put("movedFromNomsNumber", from);
        props.put("movedToNomsNumber", to);
        event.info("bookingId").ifPresent(b -> props.put("bookingId", b));
        return PrisonerLevelOutcomes.of(EVENT, props, resync.resync(List.of(from, to), List.of()));
    }
}
