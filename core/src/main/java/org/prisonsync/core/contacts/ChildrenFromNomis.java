package org.prisonsync.core.contacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.sync.CreateDirection;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateNames;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;

/**
 * A person's child record of one {@link ChildKind} changed in NOMIS → DPS ({@code /sync/<kind>}), our own writes
 * skipped by their audit module. A create is claimed, so redelivery and two consumers write one DPS record; a resumed
 * claim adopts an unmapped DPS child of the contact with the same fields, and a DPS record another NOMIS child holds
 * is reported as upstream's {@code from-nomis-sync-contactperson-duplicate}.
 */
final class ChildrenFromNomis {
    private final ChildKind kind;
    private final ContactPorts ports;
    private final MappingStore mappings;
    private final CreateFlow create;
    private final CreateNames names;

    ChildrenFromNomis(ChildKind kind, ContactPorts ports, MappingStore mappings, CreateFlow create) {
        this.kind = kind;
        this.ports = ports;
        this.mappings = mappings;
        this.create = create;
        String entity = name();
        this.names = new CreateNames(entity + "-created-ignored", entity + "-created-awaiting-claim",
                entity + "-created-error", entity + "-mapping-created-failed", entity + "-created-success",
                "from-nomis-sync-contactperson-duplicate", entity);
    }

    private String name() {
        return "contactperson-" + kind.name() + "-synchronisation";
    }

    ChildKind kind() {
        return kind;
    }

    /** One operation of the flows of the kinds sharing a NOMIS event type. */
    interface Operation {
        SyncOutcome apply(ChildrenFromNomis flow, Notification notification, MessageContext context);
    }

    /** The handler giving an event of a shared type to the flow of the kind it is (by the kinds' flag). */
    static EventHandler dispatch(List<ChildrenFromNomis> flows, Operation operation) {
        if (flows.stream().map(f -> f.kind.nomisUpserts()).distinct().count() > 1) {
            throw new IllegalStateException("kinds sharing " + flows.get(0).kind.nomisEvent()
                    + " must be raised alike");
        }
        return (notification, context) -> {
            OffenderEvent event = notification.asOffenderEvent();
            ChildrenFromNomis flow = flows.stream().filter(f -> f.kind.isNomisEventOf(event)).findFirst()
                    .orElseThrow(() -> new InvalidMessageException("no child kind of "
                            + flows.get(0).kind.nomisEvent() + " matches the event"));
            return operation.apply(flow, notification, context);
        };
    }

    /** The person the event's record is under; none for a prisoner's record, whose event names no person. */
    private long personOf(OffenderEvent event) {
        return kind.parent().hasPerson() ? ContactEvents.personId(event) : ChildRecord.NO_PERSON;
    }

    /** The event's parent key: a prisoner's offender number (checked when the event was read), else a number. */
    private String parentOf(OffenderEvent event) {
        if (kind.parent().textKey()) {
            return event.requireOffender();
        }
        return Long.toString(event.requireLong(kind.parent().nomisEventField()));
    }

    private Map<String, String> props(OffenderEvent event, long personId, long id) {
        Map<String, String> props = new LinkedHashMap<>();
        if (kind.parent().hasPerson()) {
            props.put("personId", Long.toString(personId));
        }
        props.put(kind.nomisIdField(), Long.toString(id));
        if (kind.parent().textKey()) {
            event.offenderIdDisplay().ifPresent(o -> props.put("offenderNo", o));
        } else if (!kind.parent().nomisEventField().equals("personId")) {
            event.field(kind.parent().nomisEventField()).ifPresent(p -> props.put(kind.parent().nomisEventField(), p));
        }
        props.put("type", kind.entityType());
        event.auditModuleName().ifPresent(a -> props.put("auditModuleName", a));
        return props;
    }

    /**
     * {@code -UPSERTED}, for the kinds NOMIS raises that way: with no mapping yet it is a create (claimed, so redelivery
     * and a second consumer still write one DPS record), with one an update.
     */
    SyncOutcome upserted(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        long id = event.requireLong(kind.nomisIdField());
        long personId = personOf(event);
        boolean mapped = mappings.findByNomisId(kind.entityType(), kind.nomisKey(personId, id)).isPresent();
        return mapped ? updated(notification, context) : inserted(notification, context);
    }

    SyncOutcome inserted(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        long id = event.requireLong(kind.nomisIdField());
        long personId = personOf(event);
        String nomisParent = parentOf(event);
        Map<String, String> props = props(event, personId, id);
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored(name() + "-created-skipped", props, kind.name() + " was created by DPS");
        }
        Optional<String> parent = dpsParent(nomisParent);
        if (parent.isEmpty()) {
            return SyncOutcome.RetryLater.awaitingParent(name() + "-created-awaiting-parent", props,
                    "NOMIS " + kind.parent().name() + " " + nomisParent + " is not in DPS yet");
        }
        String dpsParent = parent.get();
        Optional<ChildRecord> child = nomisChild(personId, nomisParent, id);
        if (child.isEmpty()) {
            return new SyncOutcome.Ignored(name() + "-created-ignored-deleted", props,
                    "NOMIS " + kind.name() + " " + id + " of " + kind.parent().name() + " " + nomisParent
                            + " no longer exists");
        }
        // a prisoner's record's mapping keeps the prisoner, so a merge can find and re-point it
        String prisoner = kind.parent().textKey() ? nomisParent : null;
        return create.run(new CreateRequest<>(name(), kind.entityType(), kind.nomisKey(personId, id), prisoner,
                MappingTypes.NOMIS_CREATED, props, () -> child, (source, resumed) -> {
                    if (resumed) {
                        Optional<ChildRecord> earlier = ports.dps().childrenUnder(kind, personId, dpsParent).stream()
                                .filter(c -> c.sameFields(source))
                                .filter(c -> mappings.findByDpsId(kind.entityType(), Long.toString(c.id())).isEmpty())
                                .findFirst();
                        if (earlier.isPresent()) {
                            return TargetWrite.found(earlier.get().id());
                        }
                    }
                    return TargetWrite.created(ports.dps().createChildUnder(kind, dpsParent, source.fields()));
                }, CreateDirection.FROM_NOMIS, names), context);
    }

    private Optional<ChildRecord> nomisChild(long personId, String nomisParent, long id) {
        return ports.nomis().childrenUnder(kind, personId, nomisParent).stream().filter(c -> c.id() == id)
                .findFirst();
    }

    /**
     * The parent's DPS key, through its mapping (a person's is its own id); empty while it is not mapped. A parent
     * with no mapping type (a prisoner) is the same key on both sides.
     */
    private Optional<String> dpsParent(String nomisParentKey) {
        if (!kind.parent().mapped()) {
            return Optional.of(nomisParentKey);
        }
        return mappings.findByNomisId(kind.parent().mappingType(), nomisParentKey).map(Mapping::dpsId);
    }

    SyncOutcome updated(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        long id = event.requireLong(kind.nomisIdField());
        long personId = personOf(event);
        String nomisParent = parentOf(event);
        Map<String, String> props = props(event, personId, id);
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored(name() + "-updated-skipped", props, kind.name() + " was changed by DPS");
        }
        Optional<Mapping> mapping = mappings.findByNomisId(kind.entityType(), kind.nomisKey(personId, id));
        if (mapping.isEmpty()) {
            return SyncOutcome.RetryLater.awaitingParent(name() + "-updated-awaiting-parent", props,
                    "NOMIS " + kind.name() + " " + id + " is not mapped yet");
        }
        Optional<String> parent = dpsParent(nomisParent);
        if (parent.isEmpty()) {
            return SyncOutcome.RetryLater.awaitingParent(name() + "-updated-awaiting-parent", props,
                    "NOMIS " + kind.parent().name() + " " + nomisParent + " is not in DPS yet");
        }
        try {
            Optional<ChildRecord> child = nomisChild(personId, nomisParent, id);
            if (child.isEmpty()) {
                return new SyncOutcome.Ignored(name() + "-updated-ignored-deleted", props,
                        "NOMIS " + kind.name() + " " + id + " no longer exists");
            }
            ports.dps().updateChildUnder(kind, Long.parseLong(mapping.get().dpsId()), parent.get(),
                    child.get().fields());
            return new SyncOutcome.Synced(name() + "-updated-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(name() + "-updated-error", props, e);
        }
    }

    SyncOutcome deleted(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        // the delete needs no parent: the record's mapping names the DPS record
        long id = event.requireLong(kind.nomisIdField());
        long personId = personOf(event);
        Map<String, String> props = props(event, personId, id);
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored(name() + "-deleted-skipped", props, kind.name() + " was deleted by DPS");
        }
        Optional<Mapping> mapping = mappings.findByNomisId(kind.entityType(), kind.nomisKey(personId, id));
        if (mapping.isEmpty()) {
            return new SyncOutcome.Ignored(name() + "-deleted-ignored", props,
                    "NOMIS " + kind.name() + " " + id + " is not mapped");
        }
        try {
            ports.dps().deleteChild(kind, Long.parseLong(mapping.get().dpsId()));
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(name() + "-deleted-error", props, e);
        }
        mappings.deleteByDpsId(kind.entityType(), mapping.get().dpsId());
        return new SyncOutcome.Synced(name() + "-deleted-success", props);
    }
}
