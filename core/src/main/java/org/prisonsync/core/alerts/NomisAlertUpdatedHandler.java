package org.prisonsync.core.alerts;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * NOMIS {@code ALERT-UPDATED} made by a NOMIS user → update the mapped DPS alert (source NOMIS). An unmapped alert
 * on the current booking waits for its create (or the resync) to map it; one on a previous booking is ignored.
 */
public final class NomisAlertUpdatedHandler implements EventHandler {
    private final AlertsNomisApi nomis;
    private final AlertsDpsApi dps;
    private final MappingStore mappings;

    public NomisAlertUpdatedHandler(AlertsNomisApi nomis, AlertsDpsApi dps, MappingStore mappings) {
        this.nomis = nomis;
        this.dps = dps;
        this.mappings = mappings;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        NomisAlertId id = AlertEvents.nomisId(event);
        Map<String, String> props = AlertEvents.nomisProperties(event, id);
        Optional<NomisAlert> found = nomis.findAlert(id);
        if (found.isEmpty()) {
            return new SyncOutcome.Ignored("alert-synchronisation-updated-ignored-deleted", props,
                    "NOMIS alert " + id + " no longer exists");
        }
        NomisAlert alert = found.get();
        props.put("alertCode", alert.alertCode());
        if (alert.writtenBySync()) {
            return new SyncOutcome.Ignored("alert-synchronisation-updated-skipped", props,
                    "alert was updated by DPS synchronisation");
        }
        Optional<Mapping> mapping = mappings.findByNomisId(AlertsSync.ENTITY_TYPE, id.key());
        if (mapping.isEmpty()) {
            if (!alert.onCurrentBooking()) {
                return new SyncOutcome.Ignored("alert-synchronisation-updated-ignored-previous-booking", props,
                        "alert is on a previous booking and not mapped");
            }
            return new SyncOutcome.RetryLater("alert-synchronisation-updated-awaiting-mapping", props,
                    "NOMIS alert " + id + " is not mapped yet");
        }
        String uuid = mapping.get().dpsId();
        props.put("dpsId", uuid);
        if (!dps.updateAlert(uuid, AlertTranslation.toDps(alert), alert.lastUser())) {
            return new SyncOutcome.RetryLater("alert-synchronisation-updated-failed", props,
                    "DPS alert " + uuid + " not found");
        }
        return new SyncOutcome.Synced("alert-synchronisation-updated-success", props);
    }
}
