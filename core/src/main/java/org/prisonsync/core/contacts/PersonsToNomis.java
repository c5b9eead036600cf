package org.prisonsync.core.contacts;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
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
 * {@code contacts-api.contact.*} made in DPS → the NOMIS person with the same id. Because both systems share the
 * person's primary key, a create that NOMIS answers 409 is provably the person a lost attempt wrote: it is mapped, not
 * failed, which is seed 000's manual "look the NOMIS id up and POST the mapping" done by the flow itself.
 */
final class PersonsToNomis {
    static final String ENTITY = "contact-person";

    private final ContactPorts ports;
    private final MappingStore mappings;
    private final CreateFlow create;

    PersonsToNomis(ContactPorts ports, MappingStore mappings, CreateFlow create) {
        this.ports = ports;
        this.mappings = mappings;
        this.create = create;
    }

    SyncOutcome created(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long id = ContactEvents.dpsId(event, "contactId");
        Map<String, String> props = ContactEvents.dpsProperties(event);
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored(ENTITY + "-create-ignored", props, "contact was created in NOMIS");
        }
        return create.run(new CreateRequest<>(ENTITY, ContactsSync.PERSON, Long.toString(id), null,
                MappingTypes.DPS_CREATED, props, () -> ports.dps().contact(id),
                (contact, resumed) -> ports.nomis().createPerson(id, contact.details())
                        ? TargetWrite.created(id) : TargetWrite.found(id)), context);
    }

    SyncOutcome updated(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long id = ContactEvents.dpsId(event, "contactId");
        Map<String, String> props = ContactEvents.dpsProperties(event);
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored(ENTITY + "-update-ignored", props, "contact was changed in NOMIS");
        }
        if (mappings.findByDpsId(ContactsSync.PERSON, Long.toString(id)).isEmpty()) {
            return SyncOutcome.RetryLater.awaitingParent(ENTITY + "-update-awaiting-parent", props,
                    "no mapping yet for DPS contact " + id);
        }
        try {
            Optional<DpsContact> contact = ports.dps().contact(id);
            if (contact.isEmpty()) {
                return new SyncOutcome.RetryLater(ENTITY + "-update-failed", props, "DPS contact " + id + " not found");
            }
            ports.nomis().updatePerson(id, contact.get().details());
            return new SyncOutcome.Synced(ENTITY + "-update-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(ENTITY + "-update-failed", props, e);
        }
    }

    SyncOutcome deleted(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long id = ContactEvents.dpsId(event, "contactId");
        Map<String, String> props = ContactEvents.dpsProperties(event);
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored(ENTITY + "-delete-ignored", props, "contact was deleted in NOMIS");
        }
        if (mappings.findByDpsId(ContactsSync.PERSON, Long.toString(id)).isEmpty()) {
            return new SyncOutcome.Ignored(ENTITY + "-delete-skipped", props, "DPS contact " + id + " is not mapped");
        }
        try {
            ports.nomis().deletePerson(id);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(ENTITY + "-delete-failed", props, e);
        }
        mappings.deleteByDpsId(ContactsSync.PERSON, Long.toString(id));
        return new SyncOutcome.Synced(ENTITY + "-delete-success", props);
    }
}
