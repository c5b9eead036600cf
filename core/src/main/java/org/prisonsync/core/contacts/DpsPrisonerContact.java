package org.prisonsync.core.contacts;

import java.util.Objects;

/** A DPS prisoner contact ({@code GET /sync/prisoner-contact/{prisonerContactId}}): a NOMIS contact. */
public record DpsPrisonerContact(long id, long contactId, String prisonerNumber, ContactDetails details) {
    public DpsPrisonerContact {
        Objects.requireNonNull(prisonerNumber, "prisonerNumber");
        Objects.requireNonNull(details, "details");
    }
}
