package org.prisonsync.core.contacts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;

/**
 * A person's child record of one {@link ChildKind} made in DPS → NOMIS, under the create flow's claim. NOMIS answers
 * no 409 for these, so a resumed create first adopts an unmapped NOMIS child of the person with the same fields
 * (what a lost answer left); waits, at least {@link SyncOutcome.RetryLater#PARENT_WAIT} apart, until the person is in
 * NOMIS.
 */
final class ChildrenToNomis {
    private final ChildKind kind;
    private final ContactPorts ports;
    private final MappingStore mappings;
    private final CreateFlow create;

    ChildrenToNomis(ChildKind kind, ContactPorts ports, MappingStore mappings, CreateFlow create) {
        this.kind = kind;
        this.ports = ports;
        this.mappings = mappings;
        this.create = create;
    }

    private String name() {
        return kind.telemetry();
    }

    private Map<String, String> props(DomainEvent event, long id) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("dps" + Character.toUpperCase(kind.dpsIdField().charAt(0)) + kind.dpsIdField().substring(1),
                Long.toString(id));
        event.info(kind.parent().dpsEventField()).ifPresent(c -> props.put("dpsContactId", c));
        return props;
    }

    SyncOutcome created(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long id = ContactEvents.dpsId(event, kind.dpsIdField());
        Map<String, String> props = props(event, id);
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored(name() + "-create-ignored", props, kind.name() + " was created in NOMIS");
        }
        Optional<ChildRecord> read = ports.dps().child(kind, id);
        if (read.isEmpty()) {
            return new SyncOutcome.RetryLater(name() + "-create-failed", props, "DPS " + kind.name() + " " + id
                    + " not found");
        }
        ChildRecord child = read.get();
        if (mappings.findByDpsId(kind.parent().mappingType(), Long.toString(child.personId())).isEmpty()) {
            return SyncOutcome.RetryLater.awaitingParent(name() + "-create-awaiting-parent", props,
                    "DPS " + kind.parent().name() + " " + child.personId() + " is not in NOMIS yet");
        }
        return create.run(new CreateRequest<>(name(), kind.entityType(), Long.toString(id), null,
                MappingTypes.DPS_CREATED, props, () -> Optional.of(child), (source, resumed) -> {
                    if (resumed) {
                        Optional<ChildRecord> earlier = unmappedMatch(source);
                        if (earlier.isPresent()) {
                            return TargetWrite.found(kind.nomisKey(source.personId(), earlier.get().id()));
                        }
                    }
                    long created = ports.nomis().createChild(kind, source.personId(), source.fields());
                    return TargetWrite.created(kind.nomisKey(source.personId(), created));
                }), context);
    }

    private Optional<ChildRecord> unmappedMatch(ChildRecord source) {
        return ports.nomis().childrenOf(kind, source.personId()).stream()
                .filter(c -> c.sameFields(source))
                .filter(c -> mappings.findByNomisId(kind.entityType(), kind.nomisKey(c.personId(), c.id())).isEmpty())
                .findFirst();
    }

    SyncOutcome updated(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long id = ContactEvents.dpsId(event, kind.dpsIdField());
        Map<String, String> props = props(event, id);
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored(name() + "-update-ignored", props, kind.name() + " was changed in NOMIS");
        }
        Optional<Mapping> mapping = mappings.findByDpsId(kind.entityType(), Long.toString(id));
        if (mapping.isEmpty()) {
            return SyncOutcome.RetryLater.awaitingParent(name() + "-update-awaiting-parent", props,
                    "no mapping yet for DPS " + kind.name() + " " + id);
        }
        try {
            Optional<ChildRecord> child = ports.dps().child(kind, id);
            if (child.isEmpty()) {
                return new SyncOutcome.RetryLater(name() + "-update-failed", props, "DPS " + kind.name() + " " + id
                        + " not found");
            }
            ports.nomis().updateChild(kind, child.get().personId(), kind.nomisIdOf(mapping.get().nomisId()),
                    child.get().fields());
            return new SyncOutcome.Synced(name() + "-update-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(name() + "-update-failed", props, e);
        }
    }

    SyncOutcome deleted(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long id = ContactEvents.dpsId(event, kind.dpsIdField());
        long personId = ContactEvents.dpsId(event, kind.parent().dpsEventField());
        Map<String, String> props = props(event, id);
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored(name() + "-delete-ignored", props, kind.name() + " was deleted in NOMIS");
        }
        Optional<Mapping> mapping = mappings.findByDpsId(kind.entityType(), Long.toString(id));
        if (mapping.isEmpty()) {
            return new SyncOutcome.Ignored(name() + "-delete-skipped", props, "DPS " + kind.name() + " " + id
                    + " is not mapped");
        }
        try {
            ports.nomis().deleteChild(kind, personId, kind.nomisIdOf(mapping.get().nomisId()));
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(name() + "-delete-failed", props, e);
        }
        mappings.deleteByDpsId(kind.entityType(), Long.toString(id));
        return new SyncOutcome.Synced(name() + "-delete-success", props);
    }
}
