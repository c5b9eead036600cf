package org.prisonsync.core.alerts;

import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.UpdateFlow;
import org.prisonsync.core.sync.UpdateRequest;

/** {@code person.alert.updated} made in DPS → re-read the DPS alert and update the mapped NOMIS alert. */
public final class AlertUpdatedHandler implements EventHandler {
    private final AlertsDpsApi dps;
    private final AlertsNomisApi nomis;
    private final UpdateFlow update;

    public AlertUpdatedHandler(AlertsDpsApi dps, AlertsNomisApi nomis, UpdateFlow update) {
        this.dps = dps;
        this.nomis = nomis;
        this.update = update;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String uuid = event.requireInfoId("alertUuid");
        Map<String, String> props = AlertEvents.dpsProperties(event, uuid);
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored("alert-updated-ignored", props, "alert was updated in NOMIS");
        }
        return update.run(new UpdateRequest<>(AlertsSync.ENTITY, "updated", AlertsSync.ENTITY_TYPE, uuid,
                event.prisonerNumber().orElse(null), props, () -> dps.findAlert(uuid),
                (alert, mapping) -> {
                    NomisAlertId id = NomisAlertId.fromKey(mapping.nomisId());
                    if (!nomis.updateAlert(id, AlertTranslation.toNomisUpdate(alert))) {
                        throw new UpstreamRejected(404, "NOMIS alert " + id + " not found");
                    }
                }), context);
    }
}
