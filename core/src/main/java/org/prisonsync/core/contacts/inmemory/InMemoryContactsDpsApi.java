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
import org.prisonsync.core.contacts.ContactsDpsApi;
import org.prisonsync.core.contacts.DpsContact;
import org.prisonsync.core.contacts.DpsPrisonerContact;
import org.prisonsync.core.contacts.PersonDetails;

/**
 * The personal relationships API in memory: contacts (DPS users' get ids from 20,000,000, as DPS allocates above
 * NOMIS's range; synchronised ones keep the NOMIS person's id) and prisoner contacts, at most one per prisoner,
 * contact and relationship (409 otherwise). Every change goes to the listeners with its source ({@code DPS} for a DPS
 * user, {@code NOMIS} for our synchronisation writes), which is how tests and the simulator raise
 * {@code contacts-api.*} events. {@link #loseResponses} makes creates succeed and then fail as a timed-out answer.
 */
public final class InMemoryContactsDpsApi implements ContactsDpsApi {
    public static final String DPS = "DPS";
    public static final String NOMIS = "NOMIS";

    /** One change of a contact ({@code prisonerContact} null) or of a prisoner contact. */
    public record Change(String kind, DpsContact contact, DpsPrisonerContact prisonerContact, String source) {
    }

    /** One change of a contact's child record, with its source. */
    public record ChildChange(String kind, ChildKind childKind, ChildRecord child, String source) {
    }

    private final Map<Long, DpsContact> contacts = new TreeMap<>();
    private final Map<ChildKind, Map<Long, ChildRecord>> children = new HashMap<>();
    private final List<Consumer<ChildChange>> childListeners = new CopyOnWriteArrayList<>();
    private long nextChildId = 9_000_000;
    private final Map<Long, DpsPrisonerContact> prisonerContacts = new TreeMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger responsesToLose = new AtomicInteger();
    private long nextContactId = 20_000_000;
    private long nextPrisonerContactId = 7_000_000;

    public void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void onChildChange(Consumer<ChildChange> listener) {
        childListeners.add(listener);
    }

    /** A DPS user adds a child record to its parent: a contact, or a prisoner contact by its id. */
    public ChildRecord addChildByDpsUser(ChildKind kind, long parentId, Map<String, Object> fields) {
        return insertChild(kind, Long.toString(parentId), fields, DPS);
    }

    /** A DPS user adds a child record to a prisoner (a prisoner restriction), by offender number. */
    public ChildRecord addChildByDpsUser(ChildKind kind, String offenderNo, Map<String, Object> fields) {
        return insertChild(kind, offenderNo, fields, DPS);
    }

    public void updateChildByDpsUser(ChildKind kind, long id, Map<String, Object> fields) {
        ChildRecord old = child(kind, id).orElseThrow();
        changeChild(kind, id, old.parentKey(), fields, DPS);
    }

    /** A DPS user deletes a child record; DPS offers no such thing for the kinds it raises no delete of. */
    public void deleteChildByDpsUser(ChildKind kind, long id) {
        if (!kind.dpsDeletes()) {
            throw new UnsupportedOperationException("DPS users cannot delete a " + kind.name());
        }
        removeChild(kind, id, DPS);
    }

    @Override
    public synchronized Optional<ChildRecord> child(ChildKind kind, long id) {
        return Optional.ofNullable(children.getOrDefault(kind, Map.of()).get(id));
    }

    @Override
    public synchronized List<ChildRecord> childrenOf(ChildKind kind, long contactId, long parentId) {
        return children.getOrDefault(kind, Map.of()).values().stream()
                .filter(c -> c.personId() == contactId && c.parentId() == parentId).toList();
    }

    @Override
    public synchronized List<ChildRecord> childrenUnder(ChildKind kind, long contactId, String parentKey) {
        if (!kind.parent().textKey()) {
            return childrenOf(kind, contactId, Long.parseLong(parentKey));
        }
        return children.getOrDefault(kind, Map.of()).values().stream()
                .filter(c -> c.parentKey().equals(parentKey)).toList();
    }

    @Override
    public long createChild(ChildKind kind, long parentId, Map<String, Object> fields) {
        return createChildUnder(kind, Long.toString(parentId), fields);
    }

    @Override
    public long createChildUnder(ChildKind kind, String parentKey, Map<String, Object> fields) {
        ChildRecord child = insertChild(kind, parentKey, fields, NOMIS);
        loseResponseIfAsked();
        return child.id();
    }

    @Override
    public void updateChild(ChildKind kind, long id, long parentId, Map<String, Object> fields) {
        updateChildUnder(kind, id, Long.toString(parentId), fields);
    }

    @Override
    public void updateChildUnder(ChildKind kind, long id, String parentKey, Map<String, Object> fields) {
        if (!changeChild(kind, id, parentKey, fields, NOMIS)) {
            throw new UpstreamRejected(404, kind.name() + " " + id + " not found");
        }
    }

    @Override
    public void deleteChild(ChildKind kind, long id) {
        removeChild(kind, id, NOMIS);
    }

    private ChildRecord insertChild(ChildKind kind, String parentKey, Map<String, Object> fields, String source) {
        ChildRecord child;
        synchronized (this) {
            child = record(kind, ++nextChildId, parentKey, fields);
            children.computeIfAbsent(kind, k -> new TreeMap<>()).put(child.id(), child);
        }
        publishChild(new ChildChange("created", kind, child, source));
        return child;
    }

    /** A record under its parent: a prisoner's by offender number (no contact), any other's under its contact. */
    private ChildRecord record(ChildKind kind, long id, String parentKey, Map<String, Object> fields) {
        if (kind.parent().textKey()) {
            return ChildRecord.ofPrisoner(id, parentKey, fields, null);
        }
        long parentId = Long.parseLong(parentKey);
        return new ChildRecord(id, personOf(kind, parentId), parentId, fields, null);
    }

    /** The contact a parent belongs to: the contact, a prisoner contact's, an address's; 404 when none. */
    private long personOf(ChildKind kind, long parentId) {
        if (kind.parent().equals(ChildKind.Parent.PERSON)) {
            if (!contacts.containsKey(parentId)) {
                throw new UpstreamRejected(404, "contact " + parentId + " not found");
            }
            return parentId;
        }
        if (kind.parent().equals(ChildKind.Parent.RELATIONSHIP)) {
            DpsPrisonerContact relationship = prisonerContacts.get(parentId);
            if (relationship == null) {
                throw new UpstreamRejected(404, "prisoner contact " + parentId + " not found");
            }
            return relationship.contactId();
        }
        ChildRecord address = children.getOrDefault(ChildKind.ADDRESS, Map.of()).get(parentId);
        if (address == null) {
            throw new UpstreamRejected(404, "contact address " + parentId + " not found");
        }
        return address.personId();
    }

    private boolean changeChild(ChildKind kind, long id, String parentKey, Map<String, Object> fields,
                                String source) {
        ChildRecord changed;
        synchronized (this) {
            changed = record(kind, id, parentKey, fields);
            Map<Long, ChildRecord> ofKind = children.get(kind);
            if (ofKind == null || ofKind.replace(id, changed) == null) {
                return false;
            }
        }
        publishChild(new ChildChange("updated", kind, changed, source));
        return true;
    }

    private void removeChild(ChildKind kind, long id, String source) {
        ChildRecord removed;
        synchronized (this) {
            Map<Long, ChildRecord> ofKind = children.get(kind);
            removed = ofKind == null ? null : ofKind.remove(id);
        }
        if (removed != null && kind.dpsDeletes()) {
            // DPS raises no delete event for the kinds that have none, even when our synchronisation deletes
            publishChild(new ChildChange("deleted", kind, removed, source));
        }
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

    public DpsContact createByDpsUser(PersonDetails details) {
        long id;
        synchronized (this) {
            id = ++nextContactId;
        }
        return insertContact(id, details, DPS);
    }

    public DpsPrisonerContact relateByDpsUser(long contactId, String prisonerNumber, ContactDetails details) {
        DpsPrisonerContact created = insertPrisonerContact(contactId, prisonerNumber, details, DPS);
        if (created == null) {
            throw new IllegalStateException("DPS refuses a second " + details.relationshipType() + " of contact "
                    + contactId + " to " + prisonerNumber);
        }
        return created;
    }

    public void updateByDpsUser(long contactId, PersonDetails details) {
        changeContact(contactId, details, DPS);
    }

    public void updatePrisonerContactByDpsUser(long prisonerContactId, ContactDetails details) {
        DpsPrisonerContact old = prisonerContact(prisonerContactId).orElseThrow();
        changePrisonerContact(new DpsPrisonerContact(prisonerContactId, old.contactId(), old.prisonerNumber(),
                details), DPS);
    }

    public void deleteByDpsUser(long contactId) {
        removeContact(contactId, DPS);
    }

    public void deletePrisonerContactByDpsUser(long prisonerContactId) {
        removePrisonerContact(prisonerContactId, DPS);
    }

    public synchronized List<DpsContact> contacts() {
        return new ArrayList<>(contacts.values());
    }

    public synchronized List<DpsPrisonerContact> prisonerContacts() {
        return new ArrayList<>(prisonerContacts.values());
    }

    @Override
    public synchronized Optional<DpsContact> contact(long contactId) {
        return Optional.ofNullable(contacts.get(contactId));
    }

    @Override
    public boolean createContact(long personId, PersonDetails details) {
        if (insertContact(personId, details, NOMIS) == null) {
            return false;
        }
        loseResponseIfAsked();
        return true;
    }

    @Override
    public void updateContact(long contactId, PersonDetails details) {
        if (!changeContact(contactId, details, NOMIS)) {
            throw new UpstreamRejected(404, "contact " + contactId + " not found");
        }
    }

    @Override
    public void deleteContact(long contactId) {
        removeContact(contactId, NOMIS);
    }

    @Override
    public synchronized Optional<DpsPrisonerContact> prisonerContact(long prisonerContactId) {
        return Optional.ofNullable(prisonerContacts.get(prisonerContactId));
    }

    @Override
    public OptionalLong createPrisonerContact(long contactId, String prisonerNumber, ContactDetails details) {
        DpsPrisonerContact created = insertPrisonerContact(contactId, prisonerNumber, details, NOMIS);
        if (created == null) {
            return OptionalLong.empty();
        }
        loseResponseIfAsked();
        return OptionalLong.of(created.id());
    }

    @Override
    public synchronized List<DpsPrisonerContact> prisonerContactsOf(String prisonerNumber) {
        return prisonerContacts.values().stream().filter(c -> c.prisonerNumber().equals(prisonerNumber)).toList();
    }

    @Override
    public synchronized List<DpsPrisonerContact> relationshipsOf(long contactId) {
        return prisonerContacts.values().stream().filter(c -> c.contactId() == contactId).toList();
    }

    @Override
    public void updatePrisonerContact(long prisonerContactId, DpsPrisonerContact contact) {
        if (!changePrisonerContact(new DpsPrisonerContact(prisonerContactId, contact.contactId(),
                contact.prisonerNumber(), contact.details()), NOMIS)) {
            throw new UpstreamRejected(404, "prisoner contact " + prisonerContactId + " not found");
        }
    }

    @Override
    public void deletePrisonerContact(long prisonerContactId) {
        removePrisonerContact(prisonerContactId, NOMIS);
    }

    private void loseResponseIfAsked() {
        if (responsesToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new UpstreamUnavailable("DPS did not answer in time (the write was made)");
        }
    }

    /** The new contact, or null when one with that id exists (DPS's 409). */
    private DpsContact insertContact(long id, PersonDetails details, String source) {
        DpsContact contact = new DpsContact(id, details);
        synchronized (this) {
            if (contacts.putIfAbsent(id, contact) != null) {
                return null;
            }
        }
        publish(new Change("created", contact, null, source));
        return contact;
    }

    /** The new prisoner contact, or null when that relationship exists (DPS's 409). */
    private DpsPrisonerContact insertPrisonerContact(long contactId, String prisonerNumber, ContactDetails details,
                                                     String source) {
        DpsPrisonerContact created;
        synchronized (this) {
            if (!contacts.containsKey(contactId)) {
                throw new UpstreamRejected(404, "contact " + contactId + " not found");
            }
            if (prisonerContacts.values().stream().anyMatch(c -> c.prisonerNumber().equals(prisonerNumber)
                    && c.contactId() == contactId && c.details().sameRelationship(details))) {
                return null;
            }
            created = new DpsPrisonerContact(++nextPrisonerContactId, contactId, prisonerNumber, details);
            prisonerContacts.put(created.id(), created);
        }
        publish(new Change("created", contacts.get(contactId), created, source));
        return created;
    }

    private boolean changeContact(long contactId, PersonDetails details, String source) {
        DpsContact updated = new DpsContact(contactId, details);
        synchronized (this) {
            if (contacts.replace(contactId, updated) == null) {
                return false;
            }
        }
        publish(new Change("updated", updated, null, source));
        return true;
    }

    private boolean changePrisonerContact(DpsPrisonerContact updated, String source) {
        synchronized (this) {
            if (prisonerContacts.replace(updated.id(), updated) == null) {
                return false;
            }
        }
        publish(new Change("updated", contact(updated.contactId()).orElse(null), updated, source));
        return true;
    }

    private void removeContact(long contactId, String source) {
        DpsContact removed;
        synchronized (this) {
            removed = contacts.remove(contactId);
        }
        if (removed != null) {
            publish(new Change("deleted", removed, null, source));
        }
    }

    private void removePrisonerContact(long prisonerContactId, String source) {
        DpsPrisonerContact removed;
        synchronized (this) {
            removed = prisonerContacts.remove(prisonerContactId);
        }
        if (removed != null) {
            publish(new Change("deleted", contact(removed.contactId()).orElse(null), removed, source));
        }
    }

    private void publish(Change change) {
        for (Consumer<Change> listener : listeners) {
            listener.accept(change);
        }
    }
}
