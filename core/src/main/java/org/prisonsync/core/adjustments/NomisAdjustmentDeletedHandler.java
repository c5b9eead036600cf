package org.prisonsync.core.adjustments;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.Steps;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * NOMIS {@code SENTENCE_ADJUSTMENT_DELETED} / {@code KEY_DATE_ADJUSTMENT_DELETED} → the mapped DPS legacy adjustment
 * deleted, then the mapping ({@code <kind>-deleted-synchronisation-success}). Our own deletes (audit module
 * {@code DPS_SYNCHRONISATION…}) are skipped; an unmapped one is {@code <kind>-delete-synchronisation-ignored}.
 */
final class NomisAdjustmentDeletedHandler implements EventHandler {
    private final AdjustmentCategory category;
    private final AdjustmentsDpsApi dps;
    private final MappingStore mappings;
    private final String prefix;

    NomisAdjustmentDeletedHandler(AdjustmentCategory category, AdjustmentsDpsApi dps, MappingStore mappings) {
        this.category = category;
        this.dps = dps;
        this.mappings = mappings;
        this.prefix = category.telemetryPrefix();
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        AdjustmentEvents.NomisChange change = AdjustmentEvents.nomis(event, category);
        Map<String, String> props = AdjustmentEvents.nomisProperties(event, change);
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored(prefix + "-synchronisation-skipped", props,
                    "the adjustment was deleted by DPS synchronisation");
        }
        try {
            Optional<Mapping> mapping = mappings.findByNomisId(AdjustmentsSync.ENTITY_TYPE, change.id().key());
            if (mapping.isEmpty()) {
                return new SyncOutcome.Ignored(prefix + "-delete-synchronisation-ignored", props,
                        "NOMIS adjustment " + change.id() + " is not mapped");
            }
            String uuid = mapping.get().dpsId();
            props.put("adjustmentId", uuid);
            props.put("dpsAdjustmentFound", Boolean.toString(dps.delete(uuid)));
            context.step(Steps.DPS_WRITTEN);
            mappings.deleteByDpsId(AdjustmentsSync.ENTITY_TYPE, uuid);
            return new SyncOutcome.Synced(prefix + "-deleted-synchronisation-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(prefix + "-deleted-synchronisation-failed", props, e);
        }
    }
}
