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
        if (kind.parent().textKey()) {
            event.prisonerNumber().ifPresent(p -> props.put("offenderNo", p));
            return props;
        }
        ContactEvents.contactIdText(event).ifPresent(c -> props.put("dpsContactId", c));
        String parent = kind.parent().dpsEventField();
        if (!parent.equals("contactId")) {
            event.info(parent).ifPresent(p -> props.put("dps" + Character.toUpperCase(parent.charAt(0))
                    + parent.substring(1), p));
        }
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
        Optional<String> parent = nomisParent(child.parentKey());
        if (parent.isEmpty()) {
            return SyncOutcome.RetryLater.awaitingParent(name() + "-create-awaiting-parent", props,
                    "DPS " + kind.parent().name() + " " + child.parentKey() + " is not in NOMIS yet");
        }
        String nomisParent = parent.get();
        // a prisoner's record's mapping keeps the prisoner, so a merge can find and re-point it
        String prisoner = kind.parent().textKey() ? child.parentKey() : null;
        return create.run(new CreateRequest<>(name(), kind.entityType(), Long.toString(id), prisoner,
                MappingTypes.DPS_CREATED, props, () -> Optional.of(child), (source, resumed) -> {
                    if (resumed) {
                        Optional<ChildRecord> earlier = unmappedMatch(source, nomisParent);
                        if (earlier.isPresent()) {
                            return TargetWrite.found(kind.nomisKey(source.personId(), earlier.get().id()));
                        }
                    }
                    long created = ports.nomis().createChildUnder(kind, source.personId(), nomisParent,
                            source.fields());
                    return TargetWrite.created(kind.nomisKey(source.personId(), created));
                }), context);
    }

    /**
     * The parent's NOMIS key, through its mapping (a person's is its own id); empty while it is not mapped. A parent
     * with no mapping type (a prisoner) is the same key on both sides.
     */
    private Optional<String> nomisParent(String dpsParentKey) {
        if (!kind.parent().mapped()) {
            return Optional.of(dpsParentKey);
        }
        return mappings.findByDpsId(kind.parent().mappingType(), dpsParentKey).map(Mapping::nomisId);
    }

    private Optional<ChildRecord> unmappedMatch(ChildRecord source, String nomisParent) {
        return ports.nomis().childrenUnder(kind, source.personId(), nomisParent).stream()
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
            Optional<String> parent = nomisParent(child.get().parentKey());
            if (parent.isEmpty()) {
                return SyncOutcome.RetryLater.awaitingParent(name() + "-update-awaiting-parent", props,
                        "DPS " + kind.parent().name() + " " + child.get().parentKey() + " is not in NOMIS yet");
            }
            ports.nomis().updateChildUnder(kind, child.get().personId(), parent.get(),
                    kind.nomisIdOf(mapping.get().nomisId()), child.get().fields());
            return new SyncOutcome.Synced(name() + "-update-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(name() + "-update-failed", props, e);
        }
    }

    SyncOutcome deleted(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long id = ContactEvents.dpsId(event, kind.dpsIdField());
        long personId;
        String dpsParent;
        if (kind.parent().textKey()) {
            // a prisoner's record: no person; the prisoner is read from personReference (NOMS), as DPS names it
            personId = ChildRecord.NO_PERSON;
            dpsParent = event.requirePrisonerNumber();
        } else {
            personId = ContactEvents.contactId(event);
            dpsParent = Long.toString(ContactEvents.dpsId(event, kind.parent().dpsEventField()));
        }
        Map<String, String> props = props(event, id);
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored(name() + "-delete-ignored", props, kind.name() + " was deleted in NOMIS");
        }
        Optional<Mapping> mapping = mappings.findByDpsId(kind.entityType(), Long.toString(id));
        if (mapping.isEmpty()) {
            return new SyncOutcome.Ignored(name() + "-delete-skipped", props, "DPS " + kind.name() + " " + id
                    + " is not mapped");
        }
        if (kind.parent().textKey() && mapping.get().prisonerNumber() != null) {
            // the mapping follows a prisoner merge, so it names the prisoner NOMIS now holds the record under
            dpsParent = mapping.get().prisonerNumber();
        }
        Optional<String> parent = nomisParent(dpsParent);
        if (parent.isEmpty()) {
            return new SyncOutcome.Ignored(name() + "-delete-skipped", props, "DPS " + kind.parent().name() + " "
                    + dpsParent + " is not mapped");
        }
        try {
            ports.nomis().deleteChildUnder(kind, personId, parent.get(), kind.nomisIdOf(mapping.get().nomisId()));
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(name() + "-delete-failed", props, e);
        }
        mappings.deleteByDpsId(kind.entityType(), Long.toString(id));
        return new SyncOutcome.Synced(name() + "-delete-success", props);
    }
}
