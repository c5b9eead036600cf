package org.prisonsync.core.contacts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.EventRegistrations;
import org.prisonsync.core.sync.SyncSettings;

/**
 * Registers the contacts handlers under the domain {@value #DOMAIN}, both directions. Mapping entity types follow
 * upstream's mapping tables: {@value #PERSON} (NOMIS person ⇄ DPS contact, the same id on both sides) and
 * {@value #PERSON_CONTACT} (NOMIS contact ⇄ DPS prisoner contact).
 */
public final class ContactsSync {
    public static final String DOMAIN = "personcontacts";
    public static final String PERSON = "PERSON";
    public static final String PERSON_CONTACT = "PERSON_CONTACT";
    /** A prisoner's own restriction; its mappings hold the prisoner's number (upstream's offender_no column). */
    public static final String PRISONER_RESTRICTION = "PRISONER_RESTRICTION";

    public static final String CONTACT_CREATED = "contacts-api.contact.created";
    public static final String CONTACT_UPDATED = "contacts-api.contact.updated";
    public static final String CONTACT_DELETED = "contacts-api.contact.deleted";
    public static final String PRISONER_CONTACT_CREATED = "contacts-api.prisoner-contact.created";
    public static final String PRISONER_CONTACT_UPDATED = "contacts-api.prisoner-contact.updated";
    public static final String PRISONER_CONTACT_DELETED = "contacts-api.prisoner-contact.deleted";
    public static final String PERSON_INSERTED = "PERSON-INSERTED";
    public static final String PERSON_UPDATED = "PERSON-UPDATED";
    public static final String PERSON_DELETED = "PERSON-DELETED";
    public static final String CONTACT_INSERTED = "OFFENDER_CONTACT-INSERTED";
    public static final String NOMIS_CONTACT_UPDATED = "OFFENDER_CONTACT-UPDATED";
    public static final String NOMIS_CONTACT_DELETED = "OFFENDER_CONTACT-DELETED";
    public static final String PRISONER_RECEIVED = org.prisonsync.core.message.PrisonerReceived.EVENT_TYPE;

    private final ContactPorts ports;
    private final MappingStore mappings;
    private final WriteClaims claims;
    private final MessageQueue queue;
    private final Clock clock;
    private final SyncSettings settings;
    private final ContactsRepairs repairs;

    public ContactsSync(ContactPorts ports, MappingStore mappings, WriteClaims claims, MessageQueue queue, Clock clock,
                        SyncSettings settings) {
        this.ports = ports;
        this.mappings = mappings;
        this.claims = claims;
        this.queue = queue;
        this.clock = clock;
        this.settings = settings;
        this.repairs = new ContactsRepairs(ports, mappings);
    }

    /** The resynchronise repairs, which the prisoner-level events (readmission, merge, booking move) also run. */
    public ContactsRepairs repairs() {
        return repairs;
    }

    public void register(EventRegistrations routes) {
        CreateFlow create = new CreateFlow(mappings, claims, queue, clock, settings);
        PersonsToNomis persons = new PersonsToNomis(ports, mappings, create);
        PrisonerContactsToNomis prisonerContacts = new PrisonerContactsToNomis(ports, mappings, create);
        PersonsFromNomis nomisPersons = new PersonsFromNomis(ports, mappings, create);
        ContactsFromNomis nomisContacts = new ContactsFromNomis(ports, mappings, create);
        ContactsPrisonerMoves moves = new ContactsPrisonerMoves(repairs);
        routes.on(CONTACT_CREATED, persons::created)
                .on(CONTACT_UPDATED, persons::updated)
                .on(CONTACT_DELETED, persons::deleted)
                .on(PRISONER_CONTACT_CREATED, prisonerContacts::created)
                .on(PRISONER_CONTACT_UPDATED, prisonerContacts::updated)
                .on(PRISONER_CONTACT_DELETED, prisonerContacts::deleted)
                .on(PERSON_INSERTED, nomisPersons::inserted)
                .on(PERSON_UPDATED, nomisPersons::updated)
                .on(PERSON_DELETED, nomisPersons::deleted)
                .on(CONTACT_INSERTED, nomisContacts::inserted)
                .on(NOMIS_CONTACT_UPDATED, nomisContacts::updated)
                .on(NOMIS_CONTACT_DELETED, nomisContacts::deleted)
                .on(PRISONER_RECEIVED, new ContactsPrisonerReceived(repairs))
                .on(ContactsPrisonerMoves.MERGED, moves::merged)
                .on(ContactsPrisonerMoves.BOOKING_MOVED, moves::bookingMoved);
        Map<String, List<ChildrenFromNomis>> byNomisEvent = new LinkedHashMap<>();
        for (ChildKind kind : ChildKind.ALL) {
            ChildrenToNomis toNomis = new ChildrenToNomis(kind, ports, mappings, create);
            routes.on(kind.dpsEvent() + ".created", toNomis::created)
                    .on(kind.dpsEvent() + ".updated", toNomis::updated);
            if (kind.dpsDeletes()) {
                routes.on(kind.dpsEvent() + ".deleted", toNomis::deleted);
            }
            byNomisEvent.computeIfAbsent(kind.nomisEvent(), e -> new ArrayList<>())
                    .add(new ChildrenFromNomis(kind, ports, mappings, create));
        }
        // kinds sharing a NOMIS event type (a person's phone, an address's) are told apart by their flag
        byNomisEvent.forEach((type, kinds) -> {
            routes.on(type + "-DELETED", ChildrenFromNomis.dispatch(kinds, ChildrenFromNomis::deleted));
            if (kinds.get(0).kind().nomisUpserts()) {
                routes.on(type + "-UPSERTED", ChildrenFromNomis.dispatch(kinds, ChildrenFromNomis::upserted));
            } else {
                routes.on(type + "-INSERTED", ChildrenFromNomis.dispatch(kinds, ChildrenFromNomis::inserted))
                        .on(type + "-UPDATED", ChildrenFromNomis.dispatch(kinds, ChildrenFromNomis::updated));
            }
        });
    }
}
