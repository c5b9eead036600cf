package org.prisonsync.core.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code prison-offender-events.prisoner.merged} → the retained prisoner ({@code nomsNumber}) gets NOMIS's combined
 * current-booking alerts, the removed one ({@code removedNomsNumber}) an empty set; mappings follow (ADR004).
 */
public final class PrisonerMergedHandler implements EventHandler {
    static final String EVENT = "from-nomis-synch-alerts-merge";

    private final PrisonerAlertsResync resync;

    public PrisonerMergedHandler(PrisonerAlertsResync resync) {
        this.resync = resync;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String retained = event.requireInfoPrisoner("nomsNumber");
        String removed = event.requireInfoPrisoner("removedNomsNumber");
        Map<String, String> props = new LinkedHashMap<>();
        props.put("offenderNo", retained);
        props.put("removedOffenderNo", removed);
        event.info("bookingId").ifPresent(b -> props.put("bookingId", b));
        return PrisonerLevelOutcomes.of(EVENT, props, resync.resync(List.of(retained), List.of(removed)));
    }
}
