package org.prisonsync.core.adjustments;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;

/**
 * {@code release-date-adjustments.adjustment.inserted} → read the DPS adjustment, create it in NOMIS as a sentence
 * adjustment (DPS names a sentence sequence) or a key-date adjustment (it does not), and map it
 * ({@code SENTENCING_CREATED}) through the kit's create flow: the claim lets one consumer write, a redelivery finds
 * the mapping. An event whose {@code source} is NOMIS is our own write echoed back
 * ({@code sentencing-adjustment-create-ignored}).
 *
 * <p>NOMIS has no duplicate check. A resumed create (an earlier attempt may have written and lost NOMIS's answer)
 * first adopts an unmapped NOMIS adjustment of the same booking, sentence, type, dates and days.
 */
final class DpsAdjustmentInsertedHandler implements EventHandler {
    private final AdjustmentsDpsApi dps;
    private final AdjustmentsNomisApi nomis;
    private final MappingStore mappings;
    private final CreateFlow create;

    DpsAdjustmentInsertedHandler(AdjustmentsDpsApi dps, AdjustmentsNomisApi nomis, MappingStore mappings,
                                 CreateFlow create) {
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
        this.create = create;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        AdjustmentEvents.DpsChange change = AdjustmentEvents.dps(notification.asDomainEvent());
        Map<String, String> props = AdjustmentEvents.dpsProperties(change);
        if (change.fromNomis()) {
            return new SyncOutcome.Ignored(AdjustmentsSync.ENTITY + "-create-ignored", props,
                    "the adjustment was created in NOMIS");
        }
        return create(change.adjustmentId(), change.offenderNo(), props, context);
    }

    /**
     * The sync's claimed create of one DPS adjustment in NOMIS, mapped; a collision reported as the duplicate it is.
     * Upstream's repair ({@link ToNomisAdjustmentRepair}) creates through it too, so a repair and a delivery racing
     * for one adjustment write NOMIS once.
     */
    SyncOutcome create(String adjustmentId, String offenderNo, Map<String, String> props, MessageContext context) {
        SyncOutcome outcome = create.run(new CreateRequest<>(AdjustmentsSync.ENTITY, AdjustmentsSync.ENTITY_TYPE,
                adjustmentId, offenderNo, AdjustmentsSync.SENTENCING_CREATED, props,
                () -> dps.find(adjustmentId), this::write), context);
        if (outcome instanceof SyncOutcome.Duplicate duplicate) {
            return AdjustmentDuplicates.report(duplicate);
        }
        return outcome;
    }

    private TargetWrite write(LegacyAdjustment adjustment, boolean resumed) {
        if (resumed) {
            Optional<NomisAdjustmentId> found = unmappedCopy(nomis, mappings, adjustment);
            if (found.isPresent()) {
                return new TargetWrite(found.get().key(), true);
            }
        }
        NomisAdjustmentRequest request = NomisAdjustmentRequest.of(adjustment, true);
        NomisAdjustmentId id = adjustment.sentenceSequence() == null
                ? nomis.createKeyDateAdjustment(adjustment.bookingId(), request)
                : nomis.createSentenceAdjustment(adjustment.bookingId(), adjustment.sentenceSequence(), request);
        return new TargetWrite(id.key(), false);
    }

    /** A NOMIS adjustment of the same booking, sentence, type, dates and days that nobody has mapped. */
    static Optional<NomisAdjustmentId> unmappedCopy(AdjustmentsNomisApi nomis, MappingStore mappings,
                                                    LegacyAdjustment adjustment) {
        return nomis.bookingAdjustments(adjustment.bookingId(), false).stream()
                .filter(adjustment::sameContentAs)
                .map(NomisAdjustment::id)
                .filter(id -> mappings.findByNomisId(AdjustmentsSync.ENTITY_TYPE, id.key()).isEmpty())
                .min(Comparator.comparingLong(NomisAdjustmentId::id));
    }

    static Map<String, String> withMapping(Map<String, String> props, Mapping mapping) {
        Map<String, String> out = new LinkedHashMap<>(props);
        NomisAdjustmentId.parseKey(mapping.nomisId()).ifPresent(id -> {
            out.put("nomisAdjustmentId", Long.toString(id.id()));
            out.put("nomisAdjustmentCategory", id.category().code());
        });
        return out;
    }
}
