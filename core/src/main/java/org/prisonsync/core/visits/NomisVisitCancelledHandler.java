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
 */
public final class NomisVisitCancelledHandler implements EventHandler {
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
            return new SyncOutcome.Ignored("visit-cancellation-synchronisation-skipped", props,
                    "cancellation was made by DPS synchronisation");
        }
        Optional<Mapping> mapping = mappings.findByNomisId(VisitsSync.ENTITY_TYPE, Long.toString(visitId));
        if (mapping.isEmpty()) {
            return new SyncOutcome.Ignored("visit-cancellation-synchronisation-ignored", props,
                    "NOMIS visit " + visitId + " is not mapped to a DPS visit");
        }
        props.put("dpsId", mapping.get().dpsId());
        Optional<NomisVisit> visit = nomis.findVisit(visitId);
        if (visit.isEmpty()) {
            return new SyncOutcome.RetryLater("visit-cancellation-synchronisation-failed", props,
                    "NOMIS visit " + visitId + " not found");
        }
        String outcome = VisitOutcomes.dpsCancellation(visit.get().visitOutcome());
        props.put("outcome", outcome);
        String actionedBy = Optional.ofNullable(visit.get().modifyUserId()).orElse(visit.get().createUserId());
        CancelResult result = dps.cancelVisit(mapping.get().dpsId(), outcome, actionedBy);
        if (result == CancelResult.NOT_FOUND) {
            return new SyncOutcome.RetryLater("visit-cancellation-synchronisation-failed", props,
                    "DPS visit " + mapping.get().dpsId() + " not found");
        }
        props.put("result", result.name());
        return new SyncOutcome.Synced("visit-cancellation-synchronisation", props);
    }
}
