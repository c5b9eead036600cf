package org.prisonsync.core.nonassociations;

import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.UpdateFlow;
import org.prisonsync.core.sync.UpdateRequest;

/**
 * {@code non-associations.amended} → NOMIS's record (the mapping's) is rewritten from DPS's latest legacy view
 * ({@code PUT …/sequence/{typeSequence}}, its expiry date included); {@code non-associations.closed} → NOMIS's
 * record is closed ({@code PUT …/close}). Both on the shared update flow: no mapping yet is retried (the create may
 * be on its way), and both writes are idempotent, so a redelivery or a second consumer changes nothing more.
 */
final class NonAssociationChangedHandler implements EventHandler {
    private final String verb;
    private final NonAssociationsDpsApi dps;
    private final UpdateFlow update;
    private final UpdateRequest.Target<LegacyNonAssociation> target;

    private NonAssociationChangedHandler(String verb, NonAssociationsDpsApi dps, UpdateFlow update,
                                         UpdateRequest.Target<LegacyNonAssociation> target) {
        this.verb = verb;
        this.dps = dps;
        this.update = update;
        this.target = target;
    }

    static NonAssociationChangedHandler amend(NonAssociationsDpsApi dps, NonAssociationsNomisApi nomis,
                                              UpdateFlow update) {
        return new NonAssociationChangedHandler("amend", dps, update, (na, mapping) -> {
            NomisNonAssociationId id = mapped(mapping);
            if (!nomis.amend(id, oriented(id, NomisNonAssociationRequest.from(na)))) {
                throw new UpstreamRejected(404, "NOMIS has no non-association " + id + " to amend");
            }
        });
    }

    static NonAssociationChangedHandler close(NonAssociationsDpsApi dps, NonAssociationsNomisApi nomis,
                                              UpdateFlow update) {
        return new NonAssociationChangedHandler("close", dps, update, (na, mapping) -> {
            NomisNonAssociationId id = mapped(mapping);
            if (!nomis.close(id)) {
                throw new UpstreamRejected(404, "NOMIS has no non-association " + id + " to close");
            }
        });
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long id = NonAssociationEvents.id(event);
        Map<String, String> props = NonAssociationEvents.properties("nonAssociationId", id);
        return update.run(new UpdateRequest<>(NonAssociationsSync.ENTITY, verb, NonAssociationsSync.ENTITY_TYPE,
                Long.toString(id), null, props, () -> dps.find(id), target), context);
    }

    static NomisNonAssociationId mapped(Mapping mapping) {
        return NomisNonAssociationId.parseKey(mapping.nomisId()).orElseThrow(() -> new UpstreamRejected(422,
                "mapping of non-association " + mapping.dpsId() + " names no NOMIS non-association: "
                        + mapping.nomisId()));
    }

    /**
     * The request as seen from the mapped record's first prisoner, which the path names: DPS may list the pair the
     * other way round. After a merge the mapping's prisoners are NOMIS's, whatever DPS says.
     */
    static NomisNonAssociationRequest oriented(NomisNonAssociationId id, NomisNonAssociationRequest request) {
        boolean reversed = request.nsOffenderNo().equals(id.firstOffenderNo())
                || request.offenderNo().equals(id.secondOffenderNo());
        return new NomisNonAssociationRequest(id.firstOffenderNo(), id.secondOffenderNo(),
                reversed ? request.recipReason() : request.reason(),
                reversed ? request.reason() : request.recipReason(), request.type(), request.authorisedBy(),
                request.effectiveDate(), request.expiryDate(), request.comment());
    }
}
