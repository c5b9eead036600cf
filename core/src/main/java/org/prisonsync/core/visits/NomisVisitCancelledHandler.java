package org.prisonsync.core.visits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * NOMIS {@code VISIT_CANCELLED} made by a NOMIS user → cancel the mapped visit in DPS. One written by our own sync
 * ({@code auditModuleName} {@code DPS_SYNCHRONISATION…}) is skipped; a NOMIS-only visit (no mapping) is ignored.
 *
 * <p>The event only says that something happened; NOMIS says what. The visit is read from NOMIS and DPS is cancelled
 * only when NOMIS holds it cancelled: a visit still scheduled (a stale event, or the visit reinstated since) is
 * ignored with {@value #NOT_CANCELLED}, since the state there is nothing to synchronise. An event whose prisoner is
 * not the mapping's, or not the NOMIS visit's, contradicts what the systems hold and can never be applied: it is
 * rejected (dead-lettered at once with the reason) rather than cancel another prisoner's visit.
 */
public final class NomisVisitCancelledHandler implements EventHandler {
    static final String EVENT = "visit-cancellation-synchronisation";
    static final String NOT_CANCELLED = EVENT + "-ignored-not-cancelled";
    static final String INCONSISTENT = EVENT + "-rejected";

    private final VisitsDpsApi dps;
    private final VisitsNomisApi nomis;
    private final MappingStore mappings;

    public NomisVisitCancelledHandler(VisitsDpsApi dps, VisitsNomisApi nomis, MappingStore mappings) {
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        long visitId = event.requireLong("visitId");
        Map<String, String> props = new LinkedHashMap<>();
        props.put("nomisId", Long.toString(visitId));
        event.offenderIdDisplay().ifPresent(o -> props.put("offenderNo", o));
        event.auditModuleName().ifPresent(a -> props.put("auditModuleName", a));
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored(EVENT + "-skipped", props, "cancellation was made by DPS synchronisation");
        }
        Optional<Mapping> mapping = mappings.findByNomisId(VisitsSync.ENTITY_TYPE, Long.toString(visitId));
        if (mapping.isEmpty()) {
            return new SyncOutcome.Ignored(EVENT + "-ignored", props,
                    "NOMIS visit " + visitId + " is not mapped to a DPS visit");
        }
        String reference = mapping.get().dpsId();
        props.put("dpsId", reference);
        String eventPrisoner = event.requireOffender();
        String mappedPrisoner = mapping.get().prisonerNumber();
        if (mappedPrisoner != null && !mappedPrisoner.equals(eventPrisoner)) {
            return inconsistent(props, "the event names prisoner " + eventPrisoner + " but NOMIS visit " + visitId
                    + " is mapped to DPS visit " + reference + " of " + mappedPrisoner);
        }
        Optional<NomisVisit> visit = nomis.findVisit(visitId);
        if (visit.isEmpty()) {
            return new SyncOutcome.RetryLater(EVENT + "-failed", props, "NOMIS visit " + visitId + " not found");
        }
        if (!visit.get().offenderNo().equals(eventPrisoner)) {
            return inconsistent(props, "the event names prisoner " + eventPrisoner + " but NOMIS visit " + visitId
                    + " is " + visit.get().offenderNo() + "'s");
        }
        props.put("nomisVisitStatus", String.valueOf(visit.get().visitStatus()));
        if (!visit.get().cancelled()) {
            return new SyncOutcome.Ignored(NOT_CANCELLED, props, "NOMIS visit " + visitId + " is "
                    + visit.get().visitStatus() + ", not cancelled: DPS visit " + reference + " is left as it is");
        }
        String outcome = VisitOutcomes.dpsCancellation(visit.get().visitOutcome());
        props.put("outcome", outcome);
        String actionedBy = Optional.ofNullable(visit.get().modifyUserId()).orElse(visit.get().createUserId());
        CancelResult result = dps.cancelVisit(reference, outcome, actionedBy);
        if (result == CancelResult.NOT_FOUND) {
            return new SyncOutcome.RetryLater(EVENT + "-failed", props, "DPS visit " + reference + " not found");
        }
        props.put("result", result.name());
        return new SyncOutcome.Synced(EVENT, props);
    }

    private static SyncOutcome inconsistent(Map<String, String> props, String reason) {
        props.put("reason", reason);
        return new SyncOutcome.Rejected(INCONSISTENT, props, reason);
    }
}
