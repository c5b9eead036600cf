package org.prisonsync.core.adjustments;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.Steps;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code release-date-adjustments.adjustment.deleted} → the mapped NOMIS adjustment deleted, then its mapping
 * ({@code sentencing-adjustment-deleted-success}). Source NOMIS → {@code …-deleted-ignored}; no mapping →
 * {@code …-deleted-skipped} (a redelivery after the delete finished lands here).
 */
final class DpsAdjustmentDeletedHandler implements EventHandler {
    private static final String PREFIX = AdjustmentsSync.ENTITY + "-deleted";
    private final AdjustmentsNomisApi nomis;
    private final MappingStore mappings;

    DpsAdjustmentDeletedHandler(AdjustmentsNomisApi nomis, MappingStore mappings) {
        this.nomis = nomis;
        this.mappings = mappings;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        AdjustmentEvents.DpsChange change = AdjustmentEvents.dps(notification.asDomainEvent());
        Map<String, String> props = AdjustmentEvents.dpsProperties(change);
        if (change.fromNomis()) {
            return new SyncOutcome.Ignored(PREFIX + "-ignored", props, "the adjustment was deleted in NOMIS");
        }
        try {
            Optional<Mapping> mapping = mappings.findByDpsId(AdjustmentsSync.ENTITY_TYPE, change.adjustmentId());
            if (mapping.isEmpty()) {
                return new SyncOutcome.Ignored(PREFIX + "-skipped", props,
                        "no mapping for DPS adjustment " + change.adjustmentId());
            }
            props = DpsAdjustmentInsertedHandler.withMapping(props, mapping.get());
            NomisAdjustmentId id = NomisAdjustmentId.parseKey(mapping.get().nomisId()).orElseThrow(() ->
                    new IllegalStateException("mapping of " + change.adjustmentId() + " has no adjustment key"));
            nomis.delete(id);
            context.step(Steps.NOMIS_WRITTEN);
            mappings.deleteByDpsId(AdjustmentsSync.ENTITY_TYPE, change.adjustmentId());
            return new SyncOutcome.Synced(PREFIX + "-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(PREFIX + "-failed", props, e);
        }
    }
}
