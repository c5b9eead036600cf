package org.prisonsync.core.nonassociations;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.Steps;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code non-associations.deleted} → the mapped NOMIS record is deleted, then the mapping. Without a mapping there is
 * nothing to delete ({@code non-association-delete-ignored}); a record NOMIS no longer has is already gone. Both
 * steps are idempotent, so a redelivery or a second consumer is harmless.
 */
final class NonAssociationDeletedHandler implements EventHandler {
    private final NonAssociationsNomisApi nomis;
    private final MappingStore mappings;

    NonAssociationDeletedHandler(NonAssociationsNomisApi nomis, MappingStore mappings) {
        this.nomis = nomis;
        this.mappings = mappings;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long id = NonAssociationEvents.id(event);
        String dpsId = Long.toString(id);
        Map<String, String> props = NonAssociationEvents.properties("nonAssociationId", id, "dpsId", dpsId);
        Optional<Mapping> mapping = mappings.findByDpsId(NonAssociationsSync.ENTITY_TYPE, dpsId);
        if (mapping.isEmpty()) {
            return new SyncOutcome.Ignored(NonAssociationsSync.ENTITY + "-delete-ignored", props,
                    "no mapping for non-association " + id + ": nothing in NOMIS to delete");
        }
        NomisNonAssociationId nomisId = NonAssociationChangedHandler.mapped(mapping.get());
        props.put("nomisId", nomisId.key());
        props.put("offenderNo", nomisId.firstOffenderNo());
        props.put("nsOffenderNo", nomisId.secondOffenderNo());
        props.put("typeSequence", Integer.toString(nomisId.typeSequence()));
        try {
            boolean deleted = nomis.delete(nomisId);
            context.step(Steps.NOMIS_WRITTEN, "foundExisting", deleted ? null : "false");
            mappings.deleteByDpsId(NonAssociationsSync.ENTITY_TYPE, dpsId);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(NonAssociationsSync.ENTITY + "-delete-failed", props, e);
        }
        return new SyncOutcome.Synced(NonAssociationsSync.ENTITY + "-delete-success", props);
    }
}
