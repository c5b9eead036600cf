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
 * {@code release-date-adjustments.adjustment.updated} → the mapped NOMIS adjustment updated from DPS
 * ({@code sentencing-adjustment-updated-success}); {@code active} is not sent, as upstream sends it only when forced.
 * As upstream: source NOMIS → {@code …-updated-ignored}; neither a mapping nor the DPS adjustment →
 * {@code …-updated-skipped}; no mapping yet → retried (its create may be in flight); NOMIS without it → retried.
 */
final class DpsAdjustmentUpdatedHandler implements EventHandler {
    private static final String PREFIX = AdjustmentsSync.ENTITY + "-updated";
    private final AdjustmentsDpsApi dps;
    private final AdjustmentsNomisApi nomis;
    private final MappingStore mappings;

    DpsAdjustmentUpdatedHandler(AdjustmentsDpsApi dps, AdjustmentsNomisApi nomis, MappingStore mappings) {
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        AdjustmentEvents.DpsChange change = AdjustmentEvents.dps(notification.asDomainEvent());
        Map<String, String> props = AdjustmentEvents.dpsProperties(change);
        if (change.fromNomis()) {
            return new SyncOutcome.Ignored(PREFIX + "-ignored", props, "the adjustment was changed in NOMIS");
        }
        return update(change.adjustmentId(), props, null, context);
    }

    /**
     * The mapped NOMIS adjustment updated from DPS; {@code active} null leaves NOMIS's flag alone, as the sync does,
     * else sends it (upstream's repair with {@code force-status}).
     */
    SyncOutcome update(String adjustmentId, Map<String, String> given, Boolean active, MessageContext context) {
        Map<String, String> props = given;
        try {
            Optional<Mapping> mapping = mappings.findByDpsId(AdjustmentsSync.ENTITY_TYPE, adjustmentId);
            Optional<LegacyAdjustment> adjustment = dps.find(adjustmentId);
            if (mapping.isEmpty()) {
                if (adjustment.isEmpty()) {
                    return new SyncOutcome.Ignored(PREFIX + "-skipped", props,
                            "neither a mapping nor DPS adjustment " + adjustmentId);
                }
                return new SyncOutcome.RetryLater(PREFIX + "-failed", props,
                        "no mapping yet for DPS adjustment " + adjustmentId);
            }
            props = DpsAdjustmentInsertedHandler.withMapping(props, mapping.get());
            if (adjustment.isEmpty()) {
                return new SyncOutcome.Ignored(PREFIX + "-skipped", props,
                        "DPS adjustment " + adjustmentId + " no longer exists");
            }
            NomisAdjustmentId id = NomisAdjustmentId.parseKey(mapping.get().nomisId()).orElseThrow(() ->
                    new IllegalStateException("mapping of " + adjustmentId + " has no adjustment key"));
            boolean found = nomis.update(id, NomisAdjustmentRequest.of(adjustment.get(), false).withActive(active));
            context.step(Steps.NOMIS_WRITTEN, "found", found ? null : "false");
            if (!found) {
                return new SyncOutcome.RetryLater(PREFIX + "-failed", props, "NOMIS has no adjustment " + id);
            }
            return new SyncOutcome.Synced(PREFIX + "-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(PREFIX + "-failed", props, e);
        }
    }
}
