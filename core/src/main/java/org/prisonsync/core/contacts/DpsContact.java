package org.prisonsync.core.contacts;

import java.util.Objects;

/** A DPS contact ({@code GET /sync/contact/{contactId}}): the NOMIS person with the same id. */
public record DpsContact(long id, PersonDetails details) {
    public DpsContact {
        Objects.requireNonNull(details, "details");
    }
}
