package org.prisonsync.core.contacts;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.sync.CreateDirection;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateNames;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;

/**
 * NOMIS {@code PERSON-*} → the DPS contact with the same id ({@code /sync/contact}). Our own writes are recognised by
 * the event's audit module. DPS answering 409 to the create means the contact with that id exists — the same primary
 * key on both sides makes that provably the record a lost attempt wrote, so it is mapped.
 */
final class PersonsFromNomis {
    static final String ENTITY = "contactperson-person-synchronisation";
    static final CreateNames NAMES = new CreateNames(ENTITY + "-created-ignored", ENTITY + "-created-awaiting-claim",
            ENTITY + "-created-error", ENTITY + "-mapping-created-failed", ENTITY + "-created-success",
            "from-nomis-sync-contactperson-duplicate", ENTITY);

    private final ContactPorts ports;
    private final MappingStore mappings;
    private final CreateFlow create;

    PersonsFromNomis(ContactPorts ports, MappingStore mappings, CreateFlow create) {
        this.ports = ports;
        this.mappings = mappings;
        this.create = create;
    }

    SyncOutcome inserted(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        long personId = ContactEvents.personId(event);
        Map<String, String> props = ContactEvents.nomisProperties(event);
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored(ENTITY + "-created-skipped", props, "person was created by DPS");
        }
        Optional<NomisPerson> person = ports.nomis().person(personId);
        if (person.isEmpty()) {
            return new SyncOutcome.Ignored(ENTITY + "-created-ignored-deleted", props,
                    "NOMIS person " + personId + " no longer exists");
        }
        return create.run(new CreateRequest<>(ENTITY, ContactsSync.PERSON, Long.toString(personId), null,
                MappingTypes.NOMIS_CREATED, props, () -> person,
                (source, resumed) -> ports.dps().createContact(personId, source.details())
                        ? TargetWrite.created(personId) : TargetWrite.found(personId),
                CreateDirection.FROM_NOMIS, NAMES), context);
    }

    SyncOutcome updated(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        long personId = ContactEvents.personId(event);
        Map<String, String> props = ContactEvents.nomisProperties(event);
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored(ENTITY + "-updated-skipped", props, "person was changed by DPS");
        }
        if (mappings.findByNomisId(ContactsSync.PERSON, Long.toString(personId)).isEmpty()) {
            return SyncOutcome.RetryLater.awaitingParent(ENTITY + "-updated-awaiting-parent", props,
                    "NOMIS person " + personId + " is not mapped yet");
        }
        try {
            Optional<NomisPerson> person = ports.nomis().person(personId);
            if (person.isEmpty()) {
                return new SyncOutcome.Ignored(ENTITY + "-updated-ignored-deleted", props,
                        "NOMIS person " + personId + " no longer exists");
            }
            ports.dps().updateContact(personId, person.get().details());
            return new SyncOutcome.Synced(ENTITY + "-updated-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(ENTITY + "-updated-error", props, e);
        }
    }

    SyncOutcome deleted(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        long personId = ContactEvents.personId(event);
        Map<String, String> props = ContactEvents.nomisProperties(event);
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored(ENTITY + "-deleted-skipped", props, "person was deleted by DPS");
        }
        if (mappings.findByNomisId(ContactsSync.PERSON, Long.toString(personId)).isEmpty()) {
            return new SyncOutcome.Ignored(ENTITY + "-deleted-ignored", props,
                    "NOMIS person " + personId + " is not mapped");
        }
        try {
            ports.dps().deleteContact(personId);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(ENTITY + "-deleted-error", props, e);
        }
        mappings.deleteByDpsId(ContactsSync.PERSON, Long.toString(personId));
        return new SyncOutcome.Synced(ENTITY + "-deleted-success", props);
    }
}
