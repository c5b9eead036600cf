package org.prisonsync.core.contacts;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
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
 * NOMIS {@code OFFENDER_CONTACT-*} → the DPS prisoner contact. Relationships between two prisoners (no
 * {@code personId}) are not contacts in DPS and are ignored, as upstream does. The create runs under the flow's claim,
 * so redelivery and two consumers write one DPS prisoner contact; DPS answering 409 resolves to the prisoner's
 * existing contact with that person and relationship, mapped when free and reported as a duplicate when another NOMIS
 * contact holds it (seed 002's {@code from-nomis-sync-contactperson-duplicate}, type {@code DPS_CONTACT}).
 */
final class ContactsFromNomis {
    static final String ENTITY = "contactperson-contact-synchronisation";
    static final CreateNames NAMES = new CreateNames(ENTITY + "-created-ignored", ENTITY + "-created-awaiting-claim",
            ENTITY + "-created-error", ENTITY + "-mapping-created-failed", ENTITY + "-created-success",
            "from-nomis-sync-contactperson-duplicate", ENTITY);

    private final ContactPorts ports;
    private final MappingStore mappings;
    private final CreateFlow create;

    ContactsFromNomis(ContactPorts ports, MappingStore mappings, CreateFlow create) {
        this.ports = ports;
        this.mappings = mappings;
        this.create = create;
    }

    SyncOutcome inserted(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        Map<String, String> props = ContactEvents.nomisProperties(event);
        long contactId = event.requireLong("contactId");
        if (!ContactEvents.hasPerson(event)) {
            props.put("reason", "PRISONER_TO_PRISONER");
            return new SyncOutcome.Ignored(ENTITY + "-created-ignored", props, "a prisoner related to a prisoner");
        }
        long personId = ContactEvents.personId(event);
        String offenderNo = event.requireOffender();
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored(ENTITY + "-created-skipped", props, "contact was created by DPS");
        }
        if (mappings.findByNomisId(ContactsSync.PERSON, Long.toString(personId)).isEmpty()) {
            return SyncOutcome.RetryLater.awaitingParent(ENTITY + "-created-awaiting-parent", props,
                    "NOMIS person " + personId + " is not in DPS yet");
        }
        Optional<NomisContact> contact = ports.nomis().person(personId).flatMap(p -> p.contact(contactId));
        if (contact.isEmpty()) {
            return new SyncOutcome.Ignored(ENTITY + "-created-ignored-deleted", props,
                    "NOMIS contact " + contactId + " of person " + personId + " no longer exists");
        }
        return create.run(new CreateRequest<>(ENTITY, ContactsSync.PERSON_CONTACT, Long.toString(contactId), offenderNo,
                MappingTypes.NOMIS_CREATED, props, () -> contact,
                (source, resumed) -> write(personId, source), CreateDirection.FROM_NOMIS, NAMES), context);
    }

    /**
     * Creates the DPS prisoner contact; on 409 answers DPS's existing one, whose mapping then either succeeds (it was
     * ours, written by a lost attempt) or conflicts and is reported as the duplicate it is.
     */
    private TargetWrite write(long personId, NomisContact contact) {
        OptionalLong created = ports.dps().createPrisonerContact(personId, contact.offenderNo(), contact.details());
        if (created.isPresent()) {
            return TargetWrite.created(created.getAsLong());
        }
        return ports.dps().prisonerContactsOf(contact.offenderNo(), personId).stream()
                .filter(existing -> existing.details().sameRelationship(contact.details()))
                .findFirst()
                .map(existing -> TargetWrite.found(existing.id()))
                .orElseThrow(() -> new UpstreamRejected(409, "DPS refused prisoner contact of person " + personId
                        + " and " + contact.offenderNo() + " as a duplicate but lists none"));
    }

    SyncOutcome updated(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        Map<String, String> props = ContactEvents.nomisProperties(event);
        long contactId = event.requireLong("contactId");
        if (!ContactEvents.hasPerson(event)) {
            props.put("reason", "PRISONER_TO_PRISONER");
            return new SyncOutcome.Ignored(ENTITY + "-updated-ignored", props, "a prisoner related to a prisoner");
        }
        long personId = ContactEvents.personId(event);
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored(ENTITY + "-updated-skipped", props, "contact was changed by DPS");
        }
        Optional<Mapping> mapping = mappings.findByNomisId(ContactsSync.PERSON_CONTACT, Long.toString(contactId));
        if (mapping.isEmpty()) {
            return SyncOutcome.RetryLater.awaitingParent(ENTITY + "-updated-awaiting-parent", props,
                    "NOMIS contact " + contactId + " is not mapped yet");
        }
        props.put("dpsPrisonerContactId", mapping.get().dpsId());
        try {
            Optional<NomisContact> contact = ports.nomis().person(personId).flatMap(p -> p.contact(contactId));
            if (contact.isEmpty()) {
                return new SyncOutcome.Ignored(ENTITY + "-updated-ignored-deleted", props,
                        "NOMIS contact " + contactId + " no longer exists");
            }
            long dpsId = Long.parseLong(mapping.get().dpsId());
            ports.dps().updatePrisonerContact(dpsId, new DpsPrisonerContact(dpsId, personId,
                    contact.get().offenderNo(), contact.get().details()));
            return new SyncOutcome.Synced(ENTITY + "-updated-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(ENTITY + "-updated-error", props, e);
        }
    }

    SyncOutcome deleted(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        Map<String, String> props = ContactEvents.nomisProperties(event);
        long contactId = event.requireLong("contactId");
        if (!ContactEvents.hasPerson(event)) {
            props.put("reason", "PRISONER_TO_PRISONER");
            return new SyncOutcome.Ignored(ENTITY + "-deleted-ignored", props, "a prisoner related to a prisoner");
        }
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored(ENTITY + "-deleted-skipped", props, "contact was deleted by DPS");
        }
        Optional<Mapping> mapping = mappings.findByNomisId(ContactsSync.PERSON_CONTACT, Long.toString(contactId));
        if (mapping.isEmpty()) {
            return new SyncOutcome.Ignored(ENTITY + "-deleted-ignored", props,
                    "NOMIS contact " + contactId + " is not mapped");
        }
        props.put("dpsPrisonerContactId", mapping.get().dpsId());
        try {
            ports.dps().deletePrisonerContact(Long.parseLong(mapping.get().dpsId()));
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(ENTITY + "-deleted-error", props, e);
        }
        mappings.deleteByDpsId(ContactsSync.PERSON_CONTACT, mapping.get().dpsId());
        return new SyncOutcome.Synced(ENTITY + "-deleted-success", props);
    }
}
