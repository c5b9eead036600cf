package org.prisonsync.core.visits;

import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.UpdateFlow;
import org.prisonsync.core.sync.UpdateRequest;

/**
 * {@code prison-visit.cancelled} → cancel the mapped NOMIS visit with the translated outcome. A cancellation that
 * started in NOMIS (source NOMIS) is our own echo and skipped; NOMIS saying "already cancelled" is success.
 */
public final class VisitCancelledHandler implements EventHandler {
    private final VisitsDpsApi dps;
    private final VisitsNomisApi nomis;
    private final UpdateFlow update;

    public VisitCancelledHandler(VisitsDpsApi dps, VisitsNomisApi nomis, UpdateFlow update) {
        this.dps = dps;
        this.nomis = nomis;
        this.update = update;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String reference = event.requireInfoId("reference");
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored("visit-cancelled-skipped",
                    Map.of("visitId", reference, "reason", "cancellation came from NOMIS"), "NOMIS-sourced");
        }
        return update.run(new UpdateRequest<>(VisitsSync.ENTITY, "cancelled", VisitsSync.ENTITY_TYPE, reference,
                event.prisonerNumber().orElse(null), Map.of("visitId", reference),
                () -> dps.findVisit(reference),
                (visit, mapping) -> {
                    long nomisId = VisitsSync.nomisVisitId(mapping);
                    CancelResult result = nomis.cancelVisit(visit.prisonerId(), nomisId,
                            VisitOutcomes.nomisCancellation(visit.outcomeStatus()));
                    if (result == CancelResult.NOT_FOUND) {
                        throw new UpstreamRejected(404, "NOMIS visit " + nomisId + " not found");
                    }
                }), context);
    }
}
