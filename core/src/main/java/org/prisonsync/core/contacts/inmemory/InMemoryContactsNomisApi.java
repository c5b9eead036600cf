package org.prisonsync.core.contacts.inmemory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.contacts.ChildKind;
import org.prisonsync.core.contacts.ChildRecord;
import org.prisonsync.core.contacts.ContactDetails;
import org.prisonsync.core.contacts.ContactsNomisApi;
import org.prisonsync.core.contacts.NomisContact;
import org.prisonsync.core.contacts.NomisPerson;
import org.prisonsync.core.contacts.PersonDetails;
import org.prisonsync.core.message.OffenderEvent;

/**
 * NOMIS persons and their contacts in memory, as the NOMIS prisoner API keeps them: a person's id is NOMIS's own
 * unless the create names one (a DPS contact's); a person is related to a prisoner at most once per relationship
 * (409 otherwise); every write is audited (ours as {@code DPS_SYNCHRONISATION}, a NOMIS user's as {@code OCDPERSO}).
 * Every change goes to the listeners, which is how tests and the simulator raise {@code PERSON-*} and
 * {@code OFFENDER_CONTACT-*}. {@link #loseResponses} makes creates succeed and then fail as a timed-out answer would.
 */
public final class InMemoryContactsNomisApi implements ContactsNomisApi {
    public static final String NOMIS_SCREEN = "OCDPERSO";

    /** One change: {@code kind} INSERTED, UPDATED or DELETED of the person, or of {@code contact} when present. */
    public record Change(String kind, NomisPerson person, NomisContact contact, String auditModuleName) {
    }

    /** One change of a person's child record: {@code kind} INSERTED, UPDATED or DELETED (UPSERTED for the kinds so raised). */
    public record ChildChange(String kind, ChildKind childKind, ChildRecord child) {
    }

    private final Map<Long, NomisPerson> persons = new TreeMap<>();
    private final Map<ChildKind, Map<Long, List<ChildRecord>>> children = new HashMap<>();
    private final List<Consumer<ChildChange>> childListeners = new CopyOnWriteArrayList<>();
    private long nextChildId = 800_000;
    private final Map<String, Long> latestBooking = new HashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger responsesToLose = new AtomicInteger();
    private long nextPersonId = 100_000;
    private long nextContactId = 500_000;
    private long nextBookingId = 3_000;

    public void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void onChildChange(Consumer<ChildChange> listener) {
        childListeners.add(listener);
    }

    /** A NOMIS user adds a child record to a person. */
    public ChildRecord addChildByNomisUser(ChildKind kind, long personId, Map<String, Object> fields) {
        return insertChild(kind, personId, personId, fields, NOMIS_SCREEN);
    }

    /** A NOMIS user adds a child record under a parent of the person (one of its contacts). */
    public ChildRecord addChildByNomisUser(ChildKind kind, long personId, long parentId, Map<String, Object> fields) {
        return insertChild(kind, personId, parentId, fields, NOMIS_SCREEN);
    }

    /** A NOMIS user adds a child record to a prisoner (a prisoner restriction), by offender number. */
    public ChildRecord addChildByNomisUser(ChildKind kind, String offenderNo, Map<String, Object> fields) {
        return insertPrisonerChild(kind, offenderNo, fields, NOMIS_SCREEN);
    }

    public void updateChildByNomisUser(ChildKind kind, long personId, long id, Map<String, Object> fields) {
        changeChild(kind, personId, id, fields, NOMIS_SCREEN);
    }

    public void deleteChildByNomisUser(ChildKind kind, long personId, long id) {
        removeChild(kind, personId, id, NOMIS_SCREEN);
    }

    @Override
    public synchronized List<ChildRecord> childrenOf(ChildKind kind, long personId, long parentId) {
        return children.getOrDefault(kind, Map.of()).getOrDefault(personId, List.of()).stream()
                .filter(c -> c.parentId() == parentId).toList();
    }

    @Override
    public long createChild(ChildKind kind, long personId, long parentId, Map<String, Object> fields) {
        ChildRecord child = insertChild(kind, personId, parentId, fields, OffenderEvent.DPS_SYNCHRONISATION);
        loseResponseIfAsked();
        return child.id();
    }

    @Override
    public void updateChild(ChildKind kind, long personId, long parentId, long id, Map<String, Object> fields) {
        if (!changeChild(kind, personId, id, fields, OffenderEvent.DPS_SYNCHRONISATION)) {
            throw new UpstreamRejected(404, kind.name() + " " + id + " of person " + personId + " not found");
        }
    }

    @Override
    public void deleteChild(ChildKind kind, long personId, long parentId, long id) {
        removeChild(kind, personId, id, OffenderEvent.DPS_SYNCHRONISATION);
    }

    /*
     * A prisoner's records (no person) are kept under ChildRecord.NO_PERSON and told apart by their offender number,
     * so the update and delete below serve them as they do a person's.
     */

    @Override
    public synchronized List<ChildRecord> childrenUnder(ChildKind kind, long personId, String parentKey) {
        if (!kind.parent().textKey()) {
            return childrenOf(kind, personId, Long.parseLong(parentKey));
        }
        return children.getOrDefault(kind, Map.of()).getOrDefault(ChildRecord.NO_PERSON, List.of()).stream()
                .filter(c -> c.parentKey().equals(parentKey)).toList();
    }

    @Override
    public long createChildUnder(ChildKind kind, long personId, String parentKey, Map<String, Object> fields) {
        if (!kind.parent().textKey()) {
            return createChild(kind, personId, Long.parseLong(parentKey), fields);
        }
        ChildRecord child = insertPrisonerChild(kind, parentKey, fields, OffenderEvent.DPS_SYNCHRONISATION);
        loseResponseIfAsked();
        return child.id();
    }

    @Override
    public void updateChildUnder(ChildKind kind, long personId, String parentKey, long id,
                                 Map<String, Object> fields) {
        if (!kind.parent().textKey()) {
            updateChild(kind, personId, Long.parseLong(parentKey), id, fields);
        } else if (!changeChild(kind, ChildRecord.NO_PERSON, id, fields, OffenderEvent.DPS_SYNCHRONISATION)) {
            throw new UpstreamRejected(404, kind.name() + " " + id + " of " + parentKey + " not found");
        }
    }

    @Override
    public void deleteChildUnder(ChildKind kind, long personId, String parentKey, long id) {
        if (!kind.parent().textKey()) {
            deleteChild(kind, personId, Long.parseLong(parentKey), id);
        } else {
            removeChild(kind, ChildRecord.NO_PERSON, id, OffenderEvent.DPS_SYNCHRONISATION);
        }
    }

    /** A NOMIS user deletes a prisoner's record. */
    public void deletePrisonerChildByNomisUser(ChildKind kind, long id) {
        removeChild(kind, ChildRecord.NO_PERSON, id, NOMIS_SCREEN);
    }

    /** A NOMIS user changes a prisoner's record. */
    public void updatePrisonerChildByNomisUser(ChildKind kind, long id, Map<String, Object> fields) {
        changeChild(kind, ChildRecord.NO_PERSON, id, fields, NOMIS_SCREEN);
    }

    private ChildRecord insertPrisonerChild(ChildKind kind, String offenderNo, Map<String, Object> fields,
                                            String module) {
        ChildRecord child;
        synchronized (this) {
            child = ChildRecord.ofPrisoner(++nextChildId, offenderNo, fields, module);
            children.computeIfAbsent(kind, k -> new HashMap<>())
                    .computeIfAbsent(ChildRecord.NO_PERSON, p -> new ArrayList<>()).add(child);
        }
        publishChild(new ChildChange(kind.nomisUpserts() ? "UPSERTED" : "INSERTED", kind, child));
        return child;
    }

    /**
     * NOMIS moves the records of {@code from} onto {@code to}, keeping their ids, as a merge does (the removed
     * prisoner's bookings become the retained one's), raising no events of theirs.
     */
    public synchronized void movePrisonerChildren(String from, String to) {
        for (Map<Long, List<ChildRecord>> ofKind : children.values()) {
            List<ChildRecord> ofPrisoners = ofKind.get(ChildRecord.NO_PERSON);
            if (ofPrisoners != null) {
                ofPrisoners.replaceAll(c -> c.parentKey().equals(from)
                        ? ChildRecord.ofPrisoner(c.id(), to, c.fields(), c.writtenBy()) : c);
            }
        }
    }

    private ChildRecord insertChild(ChildKind kind, long personId, long parentId, Map<String, Object> fields,
                                    String module) {
        ChildRecord child;
        synchronized (this) {
            NomisPerson person = persons.get(personId);
            if (person == null) {
                throw new UpstreamRejected(404, "person " + personId + " not found");
            }
            if (!hasParent(kind.parent(), person, parentId)) {
                throw new UpstreamRejected(404, kind.parent().name() + " " + parentId + " of person " + personId
                        + " not found");
            }
            List<ChildRecord> ofPerson = children.computeIfAbsent(kind, k -> new HashMap<>())
                    .computeIfAbsent(personId, p -> new ArrayList<>());
            // identifiers and employments are numbered per person, the rest from one sequence
            long id = kind.nomisSequence()
                    ? ofPerson.stream().mapToLong(ChildRecord::id).max().orElse(0) + 1 : ++nextChildId;
            child = new ChildRecord(id, personId, parentId, fields, module);
            ofPerson.add(child);
        }
        publishChild(new ChildChange(kind.nomisUpserts() ? "UPSERTED" : "INSERTED", kind, child));
        return child;
    }

    /** The parent a child is written under exists: the person, one of its contacts, or one of its addresses. */
    private boolean hasParent(ChildKind.Parent parent, NomisPerson person, long parentId) {
        if (parent.equals(ChildKind.Parent.PERSON)) {
            return parentId == person.personId();
        }
        if (parent.equals(ChildKind.Parent.RELATIONSHIP)) {
            return person.contact(parentId).isPresent();
        }
        return children.getOrDefault(ChildKind.ADDRESS, Map.of()).getOrDefault(person.personId(), List.of()).stream()
                .anyMatch(a -> a.id() == parentId);
    }

    private boolean changeChild(ChildKind kind, long personId, long id, Map<String, Object> fields, String module) {
        ChildRecord changed;
        synchronized (this) {
            List<ChildRecord> ofPerson = children.getOrDefault(kind, Map.of()).get(personId);
            Optional<ChildRecord> old = ofPerson == null ? Optional.empty()
                    : ofPerson.stream().filter(c -> c.id() == id).findFirst();
            if (old.isEmpty()) {
                return false;
            }
            changed = new ChildRecord(id, personId, old.get().parentId(), old.get().parentKey(), fields, module);
            ofPerson.replaceAll(c -> c.id() == id ? changed : c);
        }
        publishChild(new ChildChange(kind.nomisUpserts() ? "UPSERTED" : "UPDATED", kind, changed));
        return true;
    }

    private void removeChild(ChildKind kind, long personId, long id, String module) {
        ChildRecord removed;
        synchronized (this) {
            List<ChildRecord> ofPerson = children.getOrDefault(kind, Map.of()).get(personId);
            removed = ofPerson == null ? null : ofPerson.stream().filter(c -> c.id() == id).findFirst().orElse(null);
            if (removed == null) {
                return;
            }
            ofPerson.remove(removed);
        }
        publishChild(new ChildChange("DELETED", kind, new ChildRecord(id, personId, removed.parentId(),
                removed.parentKey(), removed.fields(), module)));
    }

    private void publishChild(ChildChange change) {
        for (Consumer<ChildChange> listener : childListeners) {
            listener.accept(change);
        }
    }

    /** The next {@code count} creates write their record and then answer as a timed-out call. */
    public void loseResponses(int count) {
        responsesToLose.set(count);
    }

    public synchronized long newBooking(String offenderNo) {
        long booking = ++nextBookingId;
        latestBooking.put(offenderNo, booking);
        return booking;
    }

    /**
     * NOMIS moves every contact of {@code from} onto {@code to}'s latest booking, as a merge or a booking move does,
     * and the prisoner's restrictions with them, raising no contact or restriction events (only the prisoner-level
     * event follows).
     */
    public synchronized void moveContacts(String from, String to) {
        movePrisonerChildren(from, to);
        long booking = latestBooking.get(to);
        for (NomisPerson person : new ArrayList<>(persons.values())) {
            persons.put(person.personId(), new NomisPerson(person.personId(), person.details(), person.contacts()
                    .stream().map(c -> c.offenderNo().equals(from) ? new NomisContact(c.contactId(), to, booking,
                            c.details(), c.auditModuleName()) : c).toList(), person.auditModuleName()));
        }
    }

    public NomisPerson createByNomisUser(PersonDetails details) {
        long id;
        synchronized (this) {
            id = ++nextPersonId;
        }
        return insertPerson(id, details, NOMIS_SCREEN);
    }

    public NomisContact relateByNomisUser(long personId, String offenderNo, ContactDetails details) {
        NomisContact contact = insertContact(personId, offenderNo, details, NOMIS_SCREEN);
        if (contact == null) {
            throw new IllegalStateException("NOMIS refuses a second " + details.relationshipType() + " of person "
                    + personId + " to " + offenderNo);
        }
        return contact;
    }

    public void updatePersonByNomisUser(long personId, PersonDetails details) {
        changePerson(personId, details, NOMIS_SCREEN);
    }

    public void updateContactByNomisUser(long personId, long contactId, ContactDetails details) {
        changeContact(personId, contactId, details, NOMIS_SCREEN);
    }

    public void deletePersonByNomisUser(long personId) {
        removePerson(personId, NOMIS_SCREEN);
    }

    public void deleteContactByNomisUser(long personId, long contactId) {
        removeContact(personId, contactId, NOMIS_SCREEN);
    }

    public synchronized List<NomisPerson> persons() {
        return new ArrayList<>(persons.values());
    }

    @Override
    public synchronized List<Long> personIdsFrom(long afterPersonId, int size) {
        // persons are a TreeMap, so in id order as NOMIS answers
        return persons.keySet().stream().filter(id -> id > afterPersonId).limit(size).toList();
    }

    @Override
    public synchronized Optional<NomisPerson> person(long personId) {
        return Optional.ofNullable(persons.get(personId));
    }

    @Override
    public synchronized List<org.prisonsync.core.contacts.Relationship> contactsOf(String offenderNo) {
        return persons.values().stream().flatMap(p -> p.contacts().stream()
                        .filter(c -> c.offenderNo().equals(offenderNo))
                        .map(c -> org.prisonsync.core.contacts.Relationship.of(p.personId(), c)))
                .toList();
    }

    @Override
    public boolean createPerson(long personId, PersonDetails details) {
        if (insertPerson(personId, details, OffenderEvent.DPS_SYNCHRONISATION) == null) {
            return false;
        }
        loseResponseIfAsked();
        return true;
    }

    @Override
    public void updatePerson(long personId, PersonDetails details) {
        if (!changePerson(personId, details, OffenderEvent.DPS_SYNCHRONISATION)) {
            throw new UpstreamRejected(404, "person " + personId + " not found");
        }
    }

    @Override
    public void deletePerson(long personId) {
        removePerson(personId, OffenderEvent.DPS_SYNCHRONISATION);
    }

    @Override
    public OptionalLong createContact(long personId, String offenderNo, ContactDetails details) {
        NomisContact contact = insertContact(personId, offenderNo, details, OffenderEvent.DPS_SYNCHRONISATION);
        if (contact == null) {
            return OptionalLong.empty();
        }
        loseResponseIfAsked();
        return OptionalLong.of(contact.contactId());
    }

    @Override
    public void updateContact(long personId, long contactId, ContactDetails details) {
        if (!changeContact(personId, contactId, details, OffenderEvent.DPS_SYNCHRONISATION)) {
            throw new UpstreamRejected(404, "contact " + contactId + " of person " + personId + " not found");
        }
    }

    @Override
    public void deleteContact(long personId, long contactId) {
        removeContact(personId, contactId, OffenderEvent.DPS_SYNCHRONISATION);
    }

    private void loseResponseIfAsked() {
        if (responsesToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new UpstreamUnavailable("NOMIS did not answer in time (the write was made)");
        }
    }

    /** The new person, or null when one with that id exists (NOMIS's 409). */
    private NomisPerson insertPerson(long id, PersonDetails details, String module) {
        NomisPerson person = new NomisPerson(id, details, List.of(), module);
        synchronized (this) {
            if (persons.putIfAbsent(id, person) != null) {
                return null;
            }
        }
        publish(new Change("INSERTED", person, null, module));
        return person;
    }

    /** The new contact, or null when the person is already related to the prisoner that way (NOMIS's 409). */
    private NomisContact insertContact(long personId, String offenderNo, ContactDetails details, String module) {
        NomisContact contact;
        synchronized (this) {
            NomisPerson person = persons.get(personId);
            Long booking = latestBooking.get(offenderNo);
            if (person == null || booking == null) {
                throw new UpstreamRejected(404, "person " + personId + " or prisoner " + offenderNo + " not found");
            }
            if (person.contacts().stream().anyMatch(c -> c.offenderNo().equals(offenderNo)
                    && c.details().sameRelationship(details))) {
                return null;
            }
            contact = new NomisContact(++nextContactId, offenderNo, booking, details, module);
            List<NomisContact> contacts = new ArrayList<>(person.contacts());
            contacts.add(contact);
            persons.put(personId, new NomisPerson(personId, person.details(), contacts, person.auditModuleName()));
        }
        publish(new Change("INSERTED", persons.get(personId), contact, module));
        return contact;
    }

    private boolean changePerson(long personId, PersonDetails details, String module) {
        NomisPerson updated;
        synchronized (this) {
            NomisPerson old = persons.get(personId);
            if (old == null) {
                return false;
            }
            updated = new NomisPerson(personId, details, old.contacts(), module);
            persons.put(personId, updated);
        }
        publish(new Change("UPDATED", updated, null, module));
        return true;
    }

    private boolean changeContact(long personId, long contactId, ContactDetails details, String module) {
        NomisContact changed;
        NomisPerson person;
        synchronized (this) {
            NomisPerson old = persons.get(personId);
            Optional<NomisContact> contact = old == null ? Optional.empty() : old.contact(contactId);
            if (contact.isEmpty()) {
                return false;
            }
            changed = new NomisContact(contactId, contact.get().offenderNo(), contact.get().bookingId(), details,
                    module);
            person = new NomisPerson(personId, old.details(), old.contacts().stream()
                    .map(c -> c.contactId() == contactId ? changed : c).toList(), old.auditModuleName());
            persons.put(personId, person);
        }
        publish(new Change("UPDATED", person, changed, module));
        return true;
    }

    private void removePerson(long personId, String module) {
        NomisPerson removed;
        synchronized (this) {
            removed = persons.remove(personId);
        }
        if (removed != null) {
            publish(new Change("DELETED", removed, null, module));
        }
    }

    private void removeContact(long personId, long contactId, String module) {
        NomisContact removed;
        NomisPerson person;
        synchronized (this) {
            NomisPerson old = persons.get(personId);
            Optional<NomisContact> contact = old == null ? Optional.empty() : old.contact(contactId);
            if (contact.isEmpty()) {
                return;
            }
            removed = contact.get();
            person = new NomisPerson(personId, old.details(), old.contacts().stream()
                    .filter(c -> c.contactId() != contactId).toList(), old.auditModuleName());
            persons.put(personId, person);
        }
        publish(new Change("DELETED", person, new NomisContact(contactId, removed.offenderNo(), removed.bookingId(),
                removed.details(), module), module));
    }

    private void publish(Change change) {
        for (Consumer<Change> listener : listeners) {
            listener.accept(change);
        }
    }
}
