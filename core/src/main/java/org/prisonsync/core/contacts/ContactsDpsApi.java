package org.prisonsync.core.contacts;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The personal relationships API's synchronisation endpoints ({@code /sync/contact…}, {@code /sync/prisoner-contact…}).
 * As with NOMIS, a 409 on a create is a value.
 */
public interface ContactsDpsApi {

    /** {@code GET /sync/contact/{contactId}}; empty on 404. */
    Optional<DpsContact> contact(long contactId);

    /** {@code POST /sync/contact} with the NOMIS person's id; false when DPS answers 409 (it exists). */
    boolean createContact(long personId, PersonDetails details);

    /** {@code PUT /sync/contact/{contactId}}. */
    void updateContact(long contactId, PersonDetails details);

    /** {@code DELETE /sync/contact/{contactId}}; a contact already gone is not an error. */
    void deleteContact(long contactId);

    /** {@code GET /sync/prisoner-contact/{prisonerContactId}}; empty on 404. */
    Optional<DpsPrisonerContact> prisonerContact(long prisonerContactId);

    /**
     * {@code POST /sync/prisoner-contact}: the new prisoner contact's id, or empty on 409 ("the requested combination
     * of prisoner, contact and relationship to prisoner already exists").
     */
    OptionalLong createPrisonerContact(long contactId, String prisonerNumber, ContactDetails details);

    /**
     * The prisoner's relationships ({@code GET /sync/prisoner/{prisonerNumber}/reconcile}), as that view holds them:
     * without comments or expiry dates, so read one with {@link #prisonerContact} to compare it.
     */
    List<DpsPrisonerContact> prisonerContactsOf(String prisonerNumber);

    /** The contact's relationships to prisoners ({@code GET /sync/contact/{contactId}/reconcile}), the same view. */
    List<DpsPrisonerContact> relationshipsOf(long contactId);

    /** The prisoner's contacts with this person: how a 409 is resolved to the record that caused it. */
    default List<DpsPrisonerContact> prisonerContactsOf(String prisonerNumber, long contactId) {
        return prisonerContactsOf(prisonerNumber).stream().filter(c -> c.contactId() == contactId).toList();
    }

    /** {@code PUT /sync/prisoner-contact/{prisonerContactId}}. */
    void updatePrisonerContact(long prisonerContactId, DpsPrisonerContact contact);

    /** {@code DELETE /sync/prisoner-contact/{prisonerContactId}}; already gone is not an error. */
    void deletePrisonerContact(long prisonerContactId);

    /** {@code GET /sync/<kind>/{id}}; empty on 404. */
    Optional<ChildRecord> child(ChildKind kind, long id);

    /**
     * The children of a kind under a parent (the contact, or one of its prisoner contacts, by its DPS id), as
     * {@code GET /sync/contact/{contactId}/reconcile} lists them.
     */
    List<ChildRecord> childrenOf(ChildKind kind, long contactId, long parentId);

    /** {@code POST /sync/<kind>} with the parent's id ({@code contactId}, {@code prisonerContactId}): the new id. */
    long createChild(ChildKind kind, long parentId, java.util.Map<String, Object> fields);

    /** {@code PUT /sync/<kind>/{id}}. */
    void updateChild(ChildKind kind, long id, long parentId, java.util.Map<String, Object> fields);

    /** A contact's own children of a kind. */
    default List<ChildRecord> childrenOf(ChildKind kind, long contactId) {
        return childrenOf(kind, contactId, contactId);
    }

    /** {@code DELETE /sync/<kind>/{id}}; already gone is not an error. */
    void deleteChild(ChildKind kind, long id);

    /*
     * The general forms, by the parent's key as text: the flows call these for every kind. A numeric parent's key is
     * its id, so they default to the forms above; a prisoner's (an offender number) must be served by the adapter.
     */

    /** The children of a kind under a parent by its key; {@code contactId} is ignored for a prisoner's. */
    default List<ChildRecord> childrenUnder(ChildKind kind, long contactId, String parentKey) {
        return childrenOf(kind, contactId, numericKey(kind, parentKey));
    }

    /** {@code POST /sync/<kind>} under the parent by its key: the new id. */
    default long createChildUnder(ChildKind kind, String parentKey, java.util.Map<String, Object> fields) {
        return createChild(kind, numericKey(kind, parentKey), fields);
    }

    /** {@code PUT /sync/<kind>/{id}} under the parent by its key. */
    default void updateChildUnder(ChildKind kind, long id, String parentKey, java.util.Map<String, Object> fields) {
        updateChild(kind, id, numericKey(kind, parentKey), fields);
    }

    private static long numericKey(ChildKind kind, String parentKey) {
        if (kind.parent().textKey()) {
            throw new UnsupportedOperationException("this adapter does not serve " + kind.name());
        }
        return Long.parseLong(parentKey);
    }
}
