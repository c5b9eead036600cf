package org.prisonsync.core.adjustments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.offers.NomisSentenceAdjustments;
import org.prisonsync.core.sync.CreateDirection;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateNames;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;

/**
 * One NOMIS adjustment created in DPS once, whatever brings it: NOMIS's upsert event, a booking's merge, or another
 * domain's message naming it (court sentencing's {@code courtsentencing.resync.sentence-adjustments}, one per
 * adjustment NOMIS copied onto a cloned case, seed 000), to which the domain offers it through the kit as
 * {@link NomisSentenceAdjustments}. Every path goes through the kit's create flow under the same claim
 * ({@code nomis-SENTENCE:id}), mapping ({@code SENTENCING_ADJUSTMENT}, {@code NOMIS_CREATED}) and telemetry, so
 * whichever arrives first creates it and the others find it mapped; a resumed create adopts the unmapped DPS copy a
 * lost answer left; a mapping save that fails is retried by {@code RETRY_CREATE_MAPPING} (on whichever queue the
 * message came from) under this domain's check.
 */
final class AdjustmentsFromNomis implements NomisSentenceAdjustments {
    private final AdjustmentsNomisApi nomis;
    private final AdjustmentsDpsApi dps;
    private final MappingStore mappings;
    private final CreateFlow create;

    AdjustmentsFromNomis(AdjustmentsNomisApi nomis, AdjustmentsDpsApi dps, MappingStore mappings,
                         CreateFlow create) {
        this.nomis = Objects.requireNonNull(nomis, "nomis");
        this.dps = Objects.requireNonNull(dps, "dps");
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.create = Objects.requireNonNull(create, "create");
    }

    /** Upstream's from-NOMIS names of a category's create ({@code sentence-adjustment-created-synchronisation-…}). */
    static CreateNames names(AdjustmentCategory category) {
        String prefix = category.telemetryPrefix();
        return new CreateNames(prefix + "-created-synchronisation-ignored",
                prefix + "-created-synchronisation-awaiting-claim", prefix + "-created-synchronisation-failed",
                "adjustment-mapping-created-synchronisation-failed", prefix + "-created-synchronisation-success",
                NomisAdjustmentUpsertedHandler.DUPLICATE, AdjustmentsSync.FROM_NOMIS_ENTITY);
    }

    /** Creates and maps the DPS adjustment of one NOMIS adjustment (as read from NOMIS) through the create flow. */
    SyncOutcome create(NomisAdjustment adjustment, Map<String, String> props, MessageContext context) {
        SyncOutcome outcome = create.run(new CreateRequest<>(AdjustmentsSync.FROM_NOMIS_ENTITY,
                AdjustmentsSync.ENTITY_TYPE, adjustment.id().key(), adjustment.offenderNo(),
                MappingTypes.NOMIS_CREATED, props, () -> Optional.of(adjustment),
                (source, resumed) -> write(LegacyAdjustment.of(source), resumed),
                CreateDirection.FROM_NOMIS, names(adjustment.id().category())), context);
        if (outcome instanceof SyncOutcome.Duplicate duplicate) {
            return AdjustmentDuplicates.report(duplicate);
        }
        return outcome;
    }

    /**
     * The DPS adjustment of a NOMIS sentence adjustment another domain's message names, created once: already mapped
     * it is acknowledged ({@code sentence-adjustment-created-synchronisation-ignored}); one NOMIS no longer has or
     * hides from users is skipped as upstream skips it ({@code …-hidden-or-deleted-synchronisation-skipped}); one that
     * NOMIS holds for another prisoner, booking or sentence than the message says is refused (dead-lettered with the
     * reason: the message does not describe NOMIS). NOMIS or DPS failing is retried.
     */
    @Override
    public SyncOutcome createOnce(long adjustmentId, String offenderNo, long bookingId, long sentenceSequence,
                                  Map<String, String> props, MessageContext context) {
        NomisAdjustmentId id = NomisAdjustmentId.sentence(adjustmentId);
        Map<String, String> all = new LinkedHashMap<>(props);
        all.put("nomisAdjustmentId", Long.toString(id.id()));
        all.put("nomisAdjustmentCategory", id.category().code());
        all.put("bookingId", Long.toString(bookingId));
        all.put("offenderNo", offenderNo);
        String prefix = id.category().telemetryPrefix();
        try {
            var mapped = mappings.findByNomisId(AdjustmentsSync.ENTITY_TYPE, id.key());
            if (mapped.isPresent()) {
                all.put("adjustmentId", mapped.get().dpsId());
                return new SyncOutcome.AlreadyMapped(names(id.category()).alreadyMapped(), all);
            }
            Optional<NomisAdjustment> found = nomis.find(id);
            if (found.isEmpty() || found.get().hiddenFromUsers()) {
                return new SyncOutcome.Ignored(prefix + "-hidden-or-deleted-synchronisation-skipped", all,
                        "NOMIS adjustment " + id + (found.isEmpty() ? " no longer exists" : " is hidden"));
            }
            NomisAdjustment adjustment = found.get();
            if (!offenderNo.equals(adjustment.offenderNo()) || adjustment.bookingId() != bookingId
                    || !Objects.equals(adjustment.sentenceSequence(), sentenceSequence)) {
                return new SyncOutcome.Rejected(prefix + "-created-synchronisation-refused", all, "NOMIS holds "
                        + id + " for " + adjustment.offenderNo() + ", booking " + adjustment.bookingId()
                        + ", sentence " + adjustment.sentenceSequence() + ", not for " + offenderNo + ", booking "
                        + bookingId + ", sentence " + sentenceSequence + " as the message says");
            }
            return create(adjustment, all, context);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(prefix + "-created-synchronisation-failed", all, e);
        }
    }

    /**
     * Creates the DPS adjustment; a resumed create (an earlier attempt may have written and lost DPS's answer) first
     * adopts an unmapped DPS adjustment of the prisoner with the same content.
     */
    private TargetWrite write(LegacyAdjustment adjustment, boolean resumed) {
        if (resumed) {
            for (String dpsId : dps.adjustmentIds(adjustment.offenderNo())) {
                if (mappings.findByDpsId(AdjustmentsSync.ENTITY_TYPE, dpsId).isEmpty()
                        && dps.find(dpsId).filter(a -> BookingAdjustments.sameContent(a, adjustment)).isPresent()) {
                    return TargetWrite.found(dpsId);
                }
            }
        }
        return TargetWrite.created(dps.create(adjustment));
    }
}
