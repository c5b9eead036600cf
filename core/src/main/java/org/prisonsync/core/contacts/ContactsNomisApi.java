package org.prisonsync.core.contacts;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The NOMIS prisoner API's persons and contacts ({@code /persons…}). A 409 on a create is a value, not a failure:
 * it is how a create whose answer was lost shows itself on the retry.
 */
public interface ContactsNomisApi {

    /** {@code GET /persons/{personId}}; empty on 404. */
    Optional<NomisPerson> person(long personId);

    /**
     * {@code GET /prisoners/{offenderNo}/contacts?active-only=false&latest-booking-only=true}: the prisoner's contacts
     * with people (not other prisoners), each with its person's id.
     */
    List<Relationship> contactsOf(String offenderNo);

    /**
     * {@code GET /persons/ids/all-from-id?personId=&pageSize=}: up to {@code size} person ids after
     * {@code afterPersonId}, ascending (upstream's {@code personIds}); fewer than {@code size} means the last page.
     * The population of the per-person reconciliation.
     */
    List<Long> personIdsFrom(long afterPersonId, int size);

    /** {@code POST /persons} with the DPS contact's id as {@code personId}; false when NOMIS answers 409 (it exists). */
    boolean createPerson(long personId, PersonDetails details);

    /** {@code PUT /persons/{personId}}. */
    void updatePerson(long personId, PersonDetails details);

    /** {@code DELETE /persons/{personId}}; a person already gone is not an error. */
    void deletePerson(long personId);

    /**
     * {@code POST /persons/{personId}/contact} onto the prisoner's latest booking: the new contact's id, or empty
     * when NOMIS answers 409 (the person is already related to the prisoner that way).
     */
    OptionalLong createContact(long personId, String offenderNo, ContactDetails details);

    /** {@code PUT /persons/{personId}/contact/{contactId}}. */
    void updateContact(long personId, long contactId, ContactDetails details);

    /** {@code DELETE /persons/{personId}/contact/{contactId}}; a contact already gone is not an error. */
    void deleteContact(long personId, long contactId);

    /**
     * The children of a kind under a parent (the person, or one of its contacts, by its NOMIS id), as
     * {@code GET /persons/{personId}} lists them; empty when no such person.
     */
    List<ChildRecord> childrenOf(ChildKind kind, long personId, long parentId);

    /**
     * {@code POST /persons/{personId}/<kind>}, or {@code …/contact/{contactId}/<kind>} under a relationship: the new
     * child's id (or sequence).
     */
    long createChild(ChildKind kind, long personId, long parentId, java.util.Map<String, Object> fields);

    /** {@code PUT} the child at its path under its parent. */
    void updateChild(ChildKind kind, long personId, long parentId, long id, java.util.Map<String, Object> fields);

    /** {@code DELETE} the child at its path under its parent; already gone is not an error. */
    void deleteChild(ChildKind kind, long personId, long parentId, long id);

    /** A person's own children of a kind. */
    default List<ChildRecord> childrenOf(ChildKind kind, long personId) {
        return childrenOf(kind, personId, personId);
    }

    default long createChild(ChildKind kind, long personId, java.util.Map<String, Object> fields) {
        return createChild(kind, personId, personId, fields);
    }

    default void updateChild(ChildKind kind, long personId, long id, java.util.Map<String, Object> fields) {
        updateChild(kind, personId, personId, id, fields);
    }

    default void deleteChild(ChildKind kind, long personId, long id) {
        deleteChild(kind, personId, personId, id);
    }

    /*
     * The general forms, by the parent's key as text: the flows call these for every kind. A numeric parent's key is
     * its id, so they default to the forms above; a prisoner's (an offender number) must be served by the adapter,
     * and its records have no person ({@code personId} is then {@link ChildRecord#NO_PERSON} and ignored).
     */

    default List<ChildRecord> childrenUnder(ChildKind kind, long personId, String parentKey) {
        return childrenOf(kind, personId, numericKey(kind, parentKey));
    }

    default long createChildUnder(ChildKind kind, long personId, String parentKey,
                                  java.util.Map<String, Object> fields) {
        return createChild(kind, personId, numericKey(kind, parentKey), fields);
    }

    default void updateChildUnder(ChildKind kind, long personId, String parentKey, long id,
                                  java.util.Map<String, Object> fields) {
        updateChild(kind, personId, numericKey(kind, parentKey), id, fields);
    }

    default void deleteChildUnder(ChildKind kind, long personId, String parentKey, long id) {
        deleteChild(kind, personId, numericKey(kind, parentKey), id);
    }

    private static long numericKey(ChildKind kind, String parentKey) {
        if (kind.parent().textKey()) {
            throw new UnsupportedOperationException("this adapter does not serve " + kind.name());
        }
        return Long.parseLong(parentKey);
    }
}
