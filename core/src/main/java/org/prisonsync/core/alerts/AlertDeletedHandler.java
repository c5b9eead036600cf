package org.prisonsync.core.alerts;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code person.alert.deleted} made in DPS → delete the mapped NOMIS alert, then the mapping. NOMIS deletes are
 * idempotent, so a failed mapping delete is retried whole rather than left for an operator.
 */
public final class AlertDeletedHandler implements EventHandler {
    private final AlertsNomisApi nomis;
    private final MappingStore mappings;

    public AlertDeletedHandler(AlertsNomisApi nomis, MappingStore mappings) {
        this.nomis = nomis;
        this.mappings = mappings;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String uuid = event.requireInfoId("alertUuid");
        Map<String, String> props = AlertEvents.dpsProperties(event, uuid);
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored("alert-deleted-ignored", props, "alert was deleted in NOMIS");
        }
        Optional<Mapping> mapping = mappings.findByDpsId(AlertsSync.ENTITY_TYPE, uuid);
        if (mapping.isEmpty()) {
            return new SyncOutcome.Ignored("alert-deleted-skipped", props, "DPS alert " + uuid + " is not mapped");
        }
        NomisAlertId id = NomisAlertId.fromKey(mapping.get().nomisId());
        props.put("nomisId", id.key());
        boolean deleted = nomis.deleteAlert(id);
        props.put("nomisAlertFound", Boolean.toString(deleted));
        try {
            mappings.deleteByDpsId(AlertsSync.ENTITY_TYPE, uuid);
        } catch (RuntimeException e) {
            props.put("reason", String.valueOf(e.getMessage()));
            return new SyncOutcome.RetryLater("alert-mapping-deleted-failed", props,
                    "NOMIS alert " + id + " deleted but its mapping could not be: " + e.getMessage());
        }
        return new SyncOutcome.Synced("alert-deleted-success", props);
    }
}
