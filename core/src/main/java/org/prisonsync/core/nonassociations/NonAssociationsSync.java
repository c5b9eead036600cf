package org.prisonsync.core.nonassociations;

import java.time.Clock;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.mapping.MappingStore;

/**
 * Registers the non-association handlers and the check a non-association {@code RETRY_CREATE_MAPPING} must pass:
 * everything the engine needs to know about non-associations to NOMIS.
 */
public final class NonAssociationsSync {
    public static final String DOMAIN = "non-associations";
    /** The telemetry prefix: {@code non-association-create-success}, … as upstream names them. */
    public static final String ENTITY = "non-association";
    public static final String ENTITY_TYPE = "NON_ASSOCIATION";
    /** The mapping service's mapping type for a NOMIS non-association made from a DPS one. */
    public static final String NON_ASSOCIATION_CREATED = "NON_ASSOCIATION_CREATED";

    public static final String CREATED = "non-associations.created";
    public static final String AMENDED = "non-associations.amended";
    public static final String CLOSED = "non-associations.closed";
    public static final String DELETED = "non-associations.deleted";
    public static final String MERGED = "prison-offender-events.prisoner.merged";
    public static final String BOOKING_MOVED = "prison-offender-events.prisoner.booking.moved";

    private NonAssociationsSync() {
    }

    static void register(DomainKit kit, NonAssociationsDpsApi dps, NonAssociationsNomisApi nomis) {
        MappingStore mappings = kit.shared().mappings();
        Clock clock = kit.shared().clock();
        PairSettlement settlement = new PairSettlement(dps, nomis, mappings, clock);
        kit.on(CREATED, new NonAssociationCreatedHandler(dps, nomis, mappings, kit.createFlow()))
                .on(AMENDED, NonAssociationChangedHandler.amend(dps, nomis, kit.updateFlow()))
                .on(CLOSED, NonAssociationChangedHandler.close(dps, nomis, kit.updateFlow()))
                .on(DELETED, new NonAssociationDeletedHandler(nomis, mappings))
                .on(MERGED, new NonAssociationMergeHandler(settlement, kit.upsertFlow()))
                .on(BOOKING_MOVED, new NonAssociationBookingMovedHandler(settlement, nomis, kit.upsertFlow()))
                .onMappingRetry(ENTITY, ENTITY_TYPE, NON_ASSOCIATION_CREATED,
                        new NonAssociationMappingFacts(nomis, dps));
    }
}
