package org.prisonsync.core.contacts;

import java.util.Objects;

/**
 * A person's relationship to a prisoner as one system holds it, with that system's id for it: a NOMIS contact or a
 * DPS prisoner contact. What the resynchronise repairs compare, whichever way they write.
 */
public record Relationship(long id, long personId, String prisonerNumber, ContactDetails details) {
    public Relationship {
        Objects.requireNonNull(prisonerNumber, "prisonerNumber");
        Objects.requireNonNull(details, "details");
    }

    public static Relationship of(long personId, NomisContact contact) {
        return new Relationship(contact.contactId(), personId, contact.offenderNo(), contact.details());
    }

    public static Relationship of(DpsPrisonerContact contact) {
        return new Relationship(contact.id(), contact.contactId(), contact.prisonerNumber(), contact.details());
    }

    /** The same person related to the same prisoner the same way: the key neither system holds twice. */
    public boolean sameKey(Relationship other) {
        return personId == other.personId && prisonerNumber.equals(other.prisonerNumber)
                && details.sameRelationship(other.details);
    }
}
