package org.prisonsync.core.visits;

import java.time.Clock;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.EventRegistrations;
import org.prisonsync.core.sync.UpdateFlow;

/**
 * Registers the visit handlers and the check a visit {@code RETRY_CREATE_MAPPING} must pass: the whole of what the
 * engine needs to know about visits.
 */
public final class VisitsSync {
    public static final String DOMAIN = "visits";
    public static final String ENTITY = "visit";
    public static final String ENTITY_TYPE = "VISIT";

    public static final String BOOKED = "prison-visit.booked";
    public static final String CHANGED = "prison-visit.changed";
    public static final String CANCELLED = "prison-visit.cancelled";
    public static final String NOMIS_CANCELLED = "VISIT_CANCELLED";

    private final VisitsDpsApi dps;
    private final VisitsNomisApi nomis;
    private final MappingStore mappings;
    private final CreateFlow create;
    private final UpdateFlow update;
    private final Clock clock;

    public VisitsSync(VisitsDpsApi dps, VisitsNomisApi nomis, MappingStore mappings, CreateFlow create,
                      UpdateFlow update, Clock clock) {
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
        this.create = create;
        this.update = update;
        this.clock = clock;
    }

    public void register(EventRegistrations routes) {
        routes.on(BOOKED, new VisitBookedHandler(dps, nomis, create))
                .on(CHANGED, new VisitChangedHandler(dps, nomis, update, clock))
                .on(CANCELLED, new VisitCancelledHandler(dps, nomis, update))
                .on(NOMIS_CANCELLED, new NomisVisitCancelledHandler(dps, nomis, mappings))
                .onMappingRetry(ENTITY, ENTITY_TYPE, MappingTypes.ONLINE, new VisitMappingFacts(nomis, dps));
    }

    /**
     * The NOMIS visit id a visit mapping names. Mappings are written only after a check, so a value that is not a
     * visit id is a corrupt row: refused with its reason (dead-lettered at once), never retried for minutes.
     */
    static long nomisVisitId(Mapping mapping) {
        return Ids.parsePositiveLong(mapping.nomisId()).orElseThrow(() -> new InvalidMessageException(
                "the mapping of DPS visit " + mapping.dpsId() + " names '" + Ids.quote(mapping.nomisId())
                        + "', which is not a NOMIS visit id"));
    }
}
