package org.prisonsync.core.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;

/**
 * {@code prison-visit.booked} → create the visit in NOMIS and map it. NOMIS recognises a visit it already holds and
 * answers with its id (409), which is how a resumed create finds what an earlier, lost attempt wrote.
 */
public final class VisitBookedHandler implements EventHandler {
    private final VisitsDpsApi dps;
    private final VisitsNomisApi nomis;
    private final CreateFlow create;
    private final Clock clock;

    public VisitBookedHandler(VisitsDpsApi dps, VisitsNomisApi nomis, CreateFlow create, Clock clock) {
        this.dps = dps;
        this.nomis = nomis;
        this.create = create;
        this.clock = clock;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String reference = event.requireInfo("reference");
        String prisoner = event.prisonerNumber().orElse(null);
        return create.run(new CreateRequest<>(VisitsSync.ENTITY, VisitsSync.ENTITY_TYPE, reference, prisoner,
                MappingTypes.ONLINE, Map.of("visitId", reference),
                () -> dps.findVisit(reference),
                (visit, resumed) -> write(visit)), context);
    }

    TargetWrite write(DpsVisit visit) {
        NomisVisitCreated created = nomis.createVisit(visit.prisonerId(),
                VisitTranslation.toNomis(visit, LocalDate.now(clock)));
        return created.alreadyExisted() ? TargetWrite.found(created.visitId()) : TargetWrite.created(created.visitId());
    }
}
