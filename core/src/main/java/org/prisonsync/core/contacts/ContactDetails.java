package org.prisonsync.core.contacts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's relationship to a prisoner as both systems hold it (NOMIS {@code PersonContact}, DPS
 * {@code SyncPrisonerContact}). The natural key within a prisoner and a person is the relationship type: neither
 * system lets the same person be related twice to a prisoner in the same way, which is what lets a create whose
 * answer was lost find its record again.
 */
public record ContactDetails(String contactType, String relationshipType, boolean active, LocalDate expiryDate,
                             boolean approvedVisitor, boolean nextOfKin, boolean emergencyContact, String comment) {
    public ContactDetails {
        Objects.requireNonNull(contactType, "contactType");
        Objects.requireNonNull(relationshipType, "relationshipType");
    }

    /** The same relationship, whatever its flags: the key both systems refuse twice (409). */
    public boolean sameRelationship(ContactDetails other) {
        return contactType.equals(other.contactType) && relationshipType.equals(other.relationshipType);
    }

    public static ContactDetails social(String relationshipType) {
        return new ContactDetails("S", relationshipType, true, null, false, false, false, null);
    }
}
