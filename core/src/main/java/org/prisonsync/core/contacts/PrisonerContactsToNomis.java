package org.prisonsync.core.contacts;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
 * {@code contacts-api.prisoner-contact.*} made in DPS → the NOMIS contact (the person's relationship to the
 * prisoner), which has an id of its own. A create NOMIS answers 409 means the person is already related to the
 * prisoner that way — which neither system allows twice — so the existing NOMIS contact is found by that natural key
 * and mapped, provided no other DPS prisoner contact holds it. That is seed 000's {@code contact-create-failed}
 * procedure done by the flow; the telemetry keeps upstream's {@value #ENTITY} names so the seed's query still finds it.
 */
final class PrisonerContactsToNomis {
    static final String ENTITY = "contact";

    private final ContactPorts ports;
    private final MappingStore mappings;
    private final CreateFlow create;

    PrisonerContactsToNomis(ContactPorts ports, MappingStore mappings, CreateFlow create) {
        this.ports = ports;
        this.mappings = mappings;
        this.create = create;
    }

    SyncOutcome created(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long id = ContactEvents.dpsId(event, "prisonerContactId");
        Map<String, String> props = ContactEvents.dpsProperties(event);
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored(ENTITY + "-create-ignored", props, "prisoner contact was created in NOMIS");
        }
        Optional<DpsPrisonerContact> read = ports.dps().prisonerContact(id);
        if (read.isEmpty()) {
            return new SyncOutcome.RetryLater(ENTITY + "-create-failed", props, "DPS prisoner contact " + id
                    + " not found");
        }
        DpsPrisonerContact contact = read.get();
        props.put("offenderNo", contact.prisonerNumber());
        props.put("dpsContactId", Long.toString(contact.contactId()));
        if (mappings.findByDpsId(ContactsSync.PERSON, Long.toString(contact.contactId())).isEmpty()) {
            return SyncOutcome.RetryLater.awaitingParent(ENTITY + "-create-awaiting-parent", props,
                    "DPS contact " + contact.contactId() + " is not in NOMIS yet");
        }
        return create.run(new CreateRequest<>(ENTITY, ContactsSync.PERSON_CONTACT, Long.toString(id),
                contact.prisonerNumber(), MappingTypes.DPS_CREATED, props, () -> Optional.of(contact),
                (source, resumed) -> write(source, resumed)), context);
    }

    private TargetWrite write(DpsPrisonerContact contact, boolean resumed) {
        if (resumed) {
            Optional<NomisContact> earlier = unmappedMatch(contact);
            if (earlier.isPresent()) {
                return TargetWrite.found(earlier.get().contactId());
            }
        }
        OptionalLong created = ports.nomis().createContact(contact.contactId(), contact.prisonerNumber(),
                contact.details());
        if (created.isPresent()) {
            return TargetWrite.created(created.getAsLong());
        }
        // 409: the relationship exists. Map it only when nothing else holds it; otherwise it is a real clash.
        return unmappedMatch(contact).map(existing -> TargetWrite.found(existing.contactId()))
                .orElseThrow(() -> new UpstreamRejected(409, "NOMIS already relates person " + contact.contactId()
                        + " to " + contact.prisonerNumber() + " as " + contact.details().relationshipType()
                        + ", and that contact is mapped to another DPS prisoner contact"));
    }

    private Optional<NomisContact> unmappedMatch(DpsPrisonerContact contact) {
        return ports.nomis().person(contact.contactId()).stream()
                .flatMap(person -> person.contacts().stream())
                .filter(c -> c.offenderNo().equals(contact.prisonerNumber())
                        && c.details().sameRelationship(contact.details()))
                .filter(c -> mappings.findByNomisId(ContactsSync.PERSON_CONTACT, Long.toString(c.contactId()))
                        .isEmpty())
                .findFirst();
    }

    SyncOutcome updated(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long id = ContactEvents.dpsId(event, "prisonerContactId");
        Map<String, String> props = ContactEvents.dpsProperties(event);
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored(ENTITY + "-update-ignored", props, "prisoner contact was changed in NOMIS");
        }
        Optional<Mapping> mapping = mappings.findByDpsId(ContactsSync.PERSON_CONTACT, Long.toString(id));
        if (mapping.isEmpty()) {
            return SyncOutcome.RetryLater.awaitingParent(ENTITY + "-update-awaiting-parent", props,
                    "no mapping yet for DPS prisoner contact " + id);
        }
        props.put("nomisContactId", mapping.get().nomisId());
        try {
            Optional<DpsPrisonerContact> contact = ports.dps().prisonerContact(id);
            if (contact.isEmpty()) {
                return new SyncOutcome.RetryLater(ENTITY + "-update-failed", props,
                        "DPS prisoner contact " + id + " not found");
            }
            ports.nomis().updateContact(contact.get().contactId(), Long.parseLong(mapping.get().nomisId()),
                    contact.get().details());
            return new SyncOutcome.Synced(ENTITY + "-update-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(ENTITY + "-update-failed", props, e);
        }
    }

    SyncOutcome deleted(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long id = ContactEvents.dpsId(event, "prisonerContactId");
        long personId = ContactEvents.dpsId(event, "contactId");
        Map<String, String> props = ContactEvents.dpsProperties(event);
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored(ENTITY + "-delete-ignored", props, "prisoner contact was deleted in NOMIS");
        }
        Optional<Mapping> mapping = mappings.findByDpsId(ContactsSync.PERSON_CONTACT, Long.toString(id));
        if (mapping.isEmpty()) {
            return new SyncOutcome.Ignored(ENTITY + "-delete-skipped", props,
                    "DPS prisoner contact " + id + " is not mapped");
        }
        props.put("nomisContactId", mapping.get().nomisId());
        try {
            ports.nomis().deleteContact(personId, Long.parseLong(mapping.get().nomisId()));
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(ENTITY + "-delete-failed", props, e);
        }
        mappings.deleteByDpsId(ContactsSync.PERSON_CONTACT, Long.toString(id));
        return new SyncOutcome.Synced(ENTITY + "-delete-success", props);
    }
}
