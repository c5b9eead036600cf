package org.prisonsync.core.adjustments;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.Steps;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * NOMIS {@code SENTENCE_ADJUSTMENT_UPSERTED} / {@code KEY_DATE_ADJUSTMENT_UPSERTED} → the DPS legacy adjustment
 * updated when mapped, else created and mapped ({@code NOMIS_CREATED}) through the kit's create flow in the
 * {@code FROM_NOMIS} direction, so two threads never create the same DPS adjustment (seed 002). Skipped as upstream:
 * our own writes (the event's audit module {@code DPS_SYNCHRONISATION…}: {@code <kind>-synchronisation-skipped}) and
 * an adjustment NOMIS hides from users or no longer has
 * ({@code <kind>-hidden-or-deleted-synchronisation-skipped}). The create is {@link AdjustmentsFromNomis}'s, which court
 * sentencing's cloned adjustments share: a resumed create adopts the unmapped DPS copy a lost answer left instead of
 * writing another.
 */
final class NomisAdjustmentUpsertedHandler implements EventHandler {
    static final String DUPLICATE = "from-nomis-synch-adjustment-duplicate";

    private final AdjustmentCategory category;
    private final AdjustmentsNomisApi nomis;
    private final AdjustmentsDpsApi dps;
    private final MappingStore mappings;
    private final AdjustmentsFromNomis fromNomis;
    private final String prefix;

    NomisAdjustmentUpsertedHandler(AdjustmentCategory category, AdjustmentsNomisApi nomis, AdjustmentsDpsApi dps,
                                   MappingStore mappings, AdjustmentsFromNomis fromNomis) {
        this.category = category;
        this.nomis = nomis;
        this.dps = dps;
        this.mappings = mappings;
        this.fromNomis = fromNomis;
        this.prefix = category.telemetryPrefix();
    }

    static void register(DomainKit kit, AdjustmentsNomisApi nomis, AdjustmentsDpsApi dps, MappingStore mappings,
                         AdjustmentsFromNomis fromNomis) {
        NomisAdjustmentUpsertedHandler sentence = new NomisAdjustmentUpsertedHandler(AdjustmentCategory.SENTENCE,
                nomis, dps, mappings, fromNomis);
        NomisAdjustmentUpsertedHandler keyDate = new NomisAdjustmentUpsertedHandler(AdjustmentCategory.KEY_DATE,
                nomis, dps, mappings, fromNomis);
        kit.on(AdjustmentsSync.SENTENCE_UPSERTED, sentence)
                .on(AdjustmentsSync.KEY_DATE_UPSERTED, keyDate)
                .on(AdjustmentsSync.BOOKING_NUMBER_CHANGED, new AdjustmentsMergeHandler(nomis, mappings, sentence,
                        keyDate));
    }

    /** Creates and maps the DPS adjustment of one NOMIS adjustment through the kit's create flow. */
    SyncOutcome create(NomisAdjustment adjustment, Map<String, String> props, MessageContext context) {
        return fromNomis.create(adjustment, props, context);
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        AdjustmentEvents.NomisChange change = AdjustmentEvents.nomis(event, category);
        Map<String, String> props = AdjustmentEvents.nomisProperties(event, change);
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored(prefix + "-synchronisation-skipped", props,
                    "the adjustment was written by DPS synchronisation");
        }
        try {
            Optional<NomisAdjustment> found = nomis.find(change.id());
            if (found.isEmpty() || found.get().hiddenFromUsers()) {
                return new SyncOutcome.Ignored(prefix + "-hidden-or-deleted-synchronisation-skipped", props,
                        "NOMIS adjustment " + change.id() + (found.isEmpty() ? " no longer exists" : " is hidden"));
            }
            NomisAdjustment adjustment = found.get();
            Optional<Mapping> mapping = mappings.findByNomisId(AdjustmentsSync.ENTITY_TYPE, change.id().key());
            if (mapping.isPresent()) {
                props.put("adjustmentId", mapping.get().dpsId());
                boolean updated = dps.update(mapping.get().dpsId(), LegacyAdjustment.of(adjustment));
                context.step(Steps.DPS_WRITTEN, "found", updated ? null : "false");
                if (!updated) {
                    return new SyncOutcome.RetryLater(prefix + "-updated-synchronisation-failed", props,
                            "DPS has no adjustment " + mapping.get().dpsId());
                }
                return new SyncOutcome.Synced(prefix + "-updated-synchronisation-success", props);
            }
            return create(adjustment, props, context);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(prefix + "-synchronisation-failed", props, e);
        }
    }
}
