package org.prisonsync.core.nonassociations;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateNames;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;

/**
 * {@code non-associations.created} → read DPS's legacy view, create the NOMIS non-association ({@code POST
 * /non-associations}, answering the type sequence) and map the DPS id to (first prisoner, second prisoner, sequence)
 * as {@code NON_ASSOCIATION_CREATED}, through the shared create flow: the claim comes before the write, so the same
 * event twice, or at two consumers at once, writes NOMIS once.
 *
 * <p>NOMIS has no duplicate check. A resumed create (an earlier attempt may have written and lost the answer) looks
 * at the pair's records first and adopts one written from this DPS record (type, reasons, date, comment) that no
 * mapping holds. A non-association already closed in DPS is closed in NOMIS straight after it is made.
 */
final class NonAssociationCreatedHandler implements EventHandler {
    private final NonAssociationsDpsApi dps;
    private final NonAssociationsNomisApi nomis;
    private final MappingStore mappings;
    private final CreateFlow create;

    NonAssociationCreatedHandler(NonAssociationsDpsApi dps, NonAssociationsNomisApi nomis, MappingStore mappings,
                                 CreateFlow create) {
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
        this.create = create;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long id = NonAssociationEvents.id(event);
        String dpsId = Long.toString(id);
        Map<String, String> props = NonAssociationEvents.properties("nonAssociationId", id);
        if (mappings.findByDpsId(NonAssociationsSync.ENTITY_TYPE, dpsId).isPresent()) {
            return new SyncOutcome.AlreadyMapped(CreateNames.toNomis(NonAssociationsSync.ENTITY).alreadyMapped(),
                    props);
        }
        // the pair is read first: the mapping is keyed by the first prisoner, and telemetry names both
        Optional<LegacyNonAssociation> read;
        try {
            read = dps.find(id);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(NonAssociationsSync.ENTITY + "-create-failed", props, e);
        }
        String first = read.map(na -> na.pair().first()).orElse(null);
        read.ifPresent(na -> {
            props.put("offenderNo", na.offenderNo());
            props.put("nsOffenderNo", na.nsOffenderNo());
        });
        return create.run(new CreateRequest<>(NonAssociationsSync.ENTITY, NonAssociationsSync.ENTITY_TYPE, dpsId,
                first, NonAssociationsSync.NON_ASSOCIATION_CREATED, props,
                () -> read.isPresent() ? read : dps.find(id), this::write), context);
    }

    private TargetWrite write(LegacyNonAssociation na, boolean resumed) {
        NomisNonAssociationRequest request = NomisNonAssociationRequest.from(na);
        if (resumed) {
            for (NomisNonAssociation existing : nomis.all(na.offenderNo(), na.nsOffenderNo())) {
                if (request.describes(existing) && mappings.findByNomisId(NonAssociationsSync.ENTITY_TYPE,
                        existing.id().key()).isEmpty()) {
                    closeIfClosedInDps(na, existing.id());
                    return TargetWrite.found(existing.id().key());
                }
            }
        }
        int sequence = nomis.create(request);
        NomisNonAssociationId created = NomisNonAssociationId.of(na.offenderNo(), na.nsOffenderNo(), sequence);
        closeIfClosedInDps(na, created);
        return TargetWrite.created(created.key());
    }

    private void closeIfClosedInDps(LegacyNonAssociation na, NomisNonAssociationId id) {
        if (na.closed() && !nomis.close(id)) {
            throw new UpstreamUnavailable("NOMIS non-association " + id + " was not there to close");
        }
    }
}
