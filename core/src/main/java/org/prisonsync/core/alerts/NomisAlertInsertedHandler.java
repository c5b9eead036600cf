package org.prisonsync.core.alerts;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * NOMIS {@code ALERT-INSERTED} → create the alert in DPS (source NOMIS) and map it. Skipped: our own writes (audit
 * module {@code DPS_SYNCHRONISATION…}), NOMIS copying alerts onto a new booking (the prisoner-level resync covers it),
 * and alerts on a previous booking (DPS holds the current booking's alerts only).
 */
final class NomisAlertInsertedHandler implements EventHandler {
    private final AlertsNomisApi nomis;
    private final MappingStore mappings;
    private final NomisAlertCreateFlow create;

    NomisAlertInsertedHandler(AlertsNomisApi nomis, MappingStore mappings, NomisAlertCreateFlow create) {
        this.nomis = nomis;
        this.mappings = mappings;
        this.create = create;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        NomisAlertId id = AlertEvents.nomisId(event);
        String offenderNo = event.requireOffender();
        Map<String, String> props = AlertEvents.nomisProperties(event, id);
        Optional<NomisAlert> found = nomis.findAlert(id);
        if (found.isEmpty()) {
            return new SyncOutcome.Ignored("alert-synchronisation-created-ignored-deleted", props,
                    "NOMIS alert " + id + " no longer exists");
        }
        NomisAlert alert = found.get();
        props.put("alertCode", alert.alertCode());
        if (alert.writtenBySync()) {
            return new SyncOutcome.Ignored("alert-synchronisation-created-skipped", props,
                    "alert was created by DPS synchronisation");
        }
        if (alert.copiedFromPreviousBooking()) {
            return new SyncOutcome.Ignored("alert-created-new-booking-ignored", props,
                    "alert was copied onto a new booking; the prisoner resync covers it");
        }
        if (mappings.findByNomisId(AlertsSync.ENTITY_TYPE, id.key()).isPresent()) {
            return new SyncOutcome.AlreadyMapped("alert-synchronisation-created-ignored", props);
        }
        if (!alert.onCurrentBooking()) {
            return new SyncOutcome.Ignored("alert-synchronisation-created-ignored-previous-booking", props,
                    "alert is on a previous booking");
        }
        return create.run(offenderNo, alert, props, context);
    }
}
