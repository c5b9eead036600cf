package org.prisonsync.core.incentives;

import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.EventRegistrations;

/**
 * Registers the incentive handlers and the check an incentive {@code RETRY_CREATE_MAPPING} must pass: everything the
 * engine needs to know about incentives to NOMIS.
 */
public final class IncentivesSync {
    public static final String DOMAIN = "incentives";
    /** The telemetry prefix of the create: {@code incentive-create-success}, … as upstream names them. */
    public static final String ENTITY = "incentive";
    public static final String ENTITY_TYPE = "INCENTIVE";
    /** The mapping service's mapping type for an IEP created from a DPS review. */
    public static final String INCENTIVE_CREATED = "INCENTIVE_CREATED";

    public static final String REVIEW_INSERTED = "incentives.iep-review.inserted";
    public static final String LEVEL_CHANGED = "incentives.level.changed";
    public static final String LEVELS_REORDERED = "incentives.levels.reordered";
    public static final String PRISON_LEVEL_CHANGED = "incentives.prison-level.changed";

    private final IncentivesDpsApi dps;
    private final IncentivesNomisApi nomis;
    private final MappingStore mappings;
    private final CreateFlow create;

    public IncentivesSync(IncentivesDpsApi dps, IncentivesNomisApi nomis, MappingStore mappings, CreateFlow create) {
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
        this.create = create;
    }

    public void register(EventRegistrations routes) {
        routes.on(REVIEW_INSERTED, new IncentiveReviewInsertedHandler(dps, nomis, mappings, create))
                .on(LEVEL_CHANGED, new IncentiveLevelChangedHandler(dps, nomis))
                .on(LEVELS_REORDERED, new IncentiveLevelsReorderedHandler(dps, nomis))
                .on(PRISON_LEVEL_CHANGED, new PrisonIncentiveLevelChangedHandler(dps, nomis))
                .onMappingRetry(ENTITY, ENTITY_TYPE, INCENTIVE_CREATED, new IncentiveMappingFacts(nomis, dps));
    }
}
