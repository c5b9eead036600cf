package org.prisonsync.core.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.UpdateFlow;
import org.prisonsync.core.sync.UpdateRequest;
import org.prisonsync.core.UpstreamRejected;

/** {@code prison-visit.changed} → re-read the DPS visit and update the mapped NOMIS visit. */
public final class VisitChangedHandler implements EventHandler {
    private final VisitsDpsApi dps;
    private final VisitsNomisApi nomis;
    private final UpdateFlow update;
    private final Clock clock;

    public VisitChangedHandler(VisitsDpsApi dps, VisitsNomisApi nomis, UpdateFlow update, Clock clock) {
        this.dps = dps;
        this.nomis = nomis;
        this.update = update;
        this.clock = clock;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String reference = event.requireInfoId("reference");
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored("visit-changed-skipped", Map.of("visitId", reference), "NOMIS-sourced");
        }
        return update.run(new UpdateRequest<>(VisitsSync.ENTITY, "changed", VisitsSync.ENTITY_TYPE, reference,
                event.prisonerNumber().orElse(null), Map.of("visitId", reference),
                () -> dps.findVisit(reference),
                (visit, mapping) -> {
                    long nomisId = VisitsSync.nomisVisitId(mapping);
                    if (!nomis.updateVisit(visit.prisonerId(), nomisId,
                            VisitTranslation.toNomis(visit, LocalDate.now(clock)))) {
                        throw new UpstreamRejected(404, "NOMIS visit " + nomisId + " not found");
                    }
                }), context);
    }
}
