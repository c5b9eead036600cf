package org.prisonsync.core.adjustments;

import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.mapping.MappingTypes;

/** Registers the adjustment handlers of both directions and the checks their mapping retries must pass. */
public final class AdjustmentsSync {
    public static final String DOMAIN = "adjustments";
    /** Upstream's to-NOMIS telemetry prefix: {@code sentencing-adjustment-create-success} … */
    public static final String ENTITY = "sentencing-adjustment";
    /** The from-NOMIS create's name in its {@code RETRY_CREATE_MAPPING} messages. */
    public static final String FROM_NOMIS_ENTITY = "adjustment-synchronisation";
    /** NOMIS adjustment ({@code SENTENCE:id} / {@code KEY-DATE:id}) ⇄ DPS adjustment uuid. */
    public static final String ENTITY_TYPE = "SENTENCING_ADJUSTMENT";
    /** Upstream's mapping type for an adjustment created in NOMIS by the to-NOMIS sync. */
    public static final String SENTENCING_CREATED = "SENTENCING_CREATED";

    public static final String INSERTED = "release-date-adjustments.adjustment.inserted";
    public static final String UPDATED = "release-date-adjustments.adjustment.updated";
    public static final String DELETED = "release-date-adjustments.adjustment.deleted";
    public static final String SENTENCE_UPSERTED = "SENTENCE_ADJUSTMENT_UPSERTED";
    public static final String SENTENCE_DELETED = "SENTENCE_ADJUSTMENT_DELETED";
    public static final String KEY_DATE_UPSERTED = "KEY_DATE_ADJUSTMENT_UPSERTED";
    public static final String KEY_DATE_DELETED = "KEY_DATE_ADJUSTMENT_DELETED";
    /** NOMIS's legacy merge signal, which upstream's sentencing sync treats as a merge. */
    public static final String BOOKING_NUMBER_CHANGED = "BOOKING_NUMBER-CHANGED";

    private final AdjustmentsNomisApi nomis;
    private final AdjustmentsDpsApi dps;
    private DpsAdjustmentInsertedHandler inserted;
    private DpsAdjustmentUpdatedHandler updated;
    private AdjustmentsFromNomis fromNomis;

    AdjustmentsSync(AdjustmentsNomisApi nomis, AdjustmentsDpsApi dps) {
        this.nomis = nomis;
        this.dps = dps;
    }

    void register(DomainKit kit) {
        var mappings = kit.shared().mappings();
        inserted = new DpsAdjustmentInsertedHandler(dps, nomis, mappings, kit.createFlow());
        updated = new DpsAdjustmentUpdatedHandler(dps, nomis, mappings);
        kit.on(INSERTED, inserted)
                .on(UPDATED, updated)
                .on(DELETED, new DpsAdjustmentDeletedHandler(nomis, mappings))
                .onMappingRetry(ENTITY, ENTITY_TYPE, SENTENCING_CREATED, new AdjustmentMappingFacts(nomis, dps, false));
        fromNomis = new AdjustmentsFromNomis(nomis, dps, mappings, kit.createFlow());
        NomisAdjustmentUpsertedHandler.register(kit, nomis, dps, mappings, fromNomis);
        kit.on(SENTENCE_DELETED, new NomisAdjustmentDeletedHandler(AdjustmentCategory.SENTENCE, dps, mappings))
                .on(KEY_DATE_DELETED, new NomisAdjustmentDeletedHandler(AdjustmentCategory.KEY_DATE, dps, mappings))
                .onMappingRetry(FROM_NOMIS_ENTITY, ENTITY_TYPE, MappingTypes.NOMIS_CREATED,
                        new AdjustmentMappingFacts(nomis, dps, true));
    }

    /** The to-NOMIS create, for upstream's repair to write through the same claim (after {@link #register}). */
    DpsAdjustmentInsertedHandler inserted() {
        return inserted;
    }

    /** The from-NOMIS create every path shares, offered to the other domains (after {@link #register}). */
    AdjustmentsFromNomis fromNomis() {
        return fromNomis;
    }

    /** The to-NOMIS update, for upstream's repair (after {@link #register}). */
    DpsAdjustmentUpdatedHandler updated() {
        return updated;
    }
}
