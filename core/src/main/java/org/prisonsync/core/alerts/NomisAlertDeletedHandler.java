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
 * NOMIS {@code ALERT-DELETED} → delete the mapped DPS alert (source NOMIS) and the mapping. The NOMIS alert is gone,
 * so the echo check uses the event's audit module when it has one; without it, the DPS delete of an alert already
 * deleted is harmless.
 */
public final class NomisAlertDeletedHandler implements EventHandler {
    private final AlertsDpsApi dps;
    private final MappingStore mappings;

    public NomisAlertDeletedHandler(AlertsDpsApi dps, MappingStore mappings) {
        this.dps = dps;
        this.mappings = mappings;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        NomisAlertId id = AlertEvents.nomisId(event);
        Map<String, String> props = AlertEvents.nomisProperties(event, id);
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored("alert-synchronisation-deleted-skipped", props,
                    "alert was deleted by DPS synchronisation");
        }
        Optional<Mapping> mapping = mappings.findByNomisId(AlertsSync.ENTITY_TYPE, id.key());
        if (mapping.isEmpty()) {
            return new SyncOutcome.Ignored("alert-synchronisation-deleted-ignored", props,
                    "NOMIS alert " + id + " is not mapped");
        }
        String uuid = mapping.get().dpsId();
        props.put("dpsId", uuid);
        props.put("dpsAlertFound", Boolean.toString(dps.deleteAlert(uuid, null)));
        mappings.deleteByDpsId(AlertsSync.ENTITY_TYPE, uuid);
        return new SyncOutcome.Synced("alert-synchronisation-deleted-success", props);
    }
}
