package org.prisonsync.core.visits;

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
 * answers with its id (409), which is how a resumed create finds what an earlier, lost attempt wrote. The visit
 * order is issued on the day the booking happened (the event's {@code occurredAt}), as upstream does, however late
 * the event is processed.
 */
public final class VisitBookedHandler implements EventHandler {
    private final VisitsDpsApi dps;
    private final VisitsNomisApi nomis;
    private final CreateFlow create;

    public VisitBookedHandler(VisitsDpsApi dps, VisitsNomisApi nomis, CreateFlow create) {
        this.dps = dps;
        this.nomis = nomis;
        this.create = create;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String reference = event.requireInfoId("reference");
        String prisoner = event.prisonerNumber().orElse(null);
        LocalDate issueDate = VisitTranslation.issueDate(event.requireOccurredAt());
        return create.run(new CreateRequest<>(VisitsSync.ENTITY, VisitsSync.ENTITY_TYPE, reference, prisoner,
                MappingTypes.ONLINE, Map.of("visitId", reference),
                () -> dps.findVisit(reference),
                (visit, resumed) -> write(visit, issueDate)), context);
    }

    TargetWrite write(DpsVisit visit, LocalDate issueDate) {
        NomisVisitCreated created = nomis.createVisit(visit.prisonerId(), VisitTranslation.toNomis(visit, issueDate));
        return created.alreadyExisted() ? TargetWrite.found(created.visitId()) : TargetWrite.created(created.visitId());
    }
}
