package org.prisonsync.core.contacts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.message.OffenderEvent;

/** A NOMIS person ({@code GET /persons/{personId}}) with its contacts, and who last wrote it. */
public record NomisPerson(long personId, PersonDetails details, List<NomisContact> contacts, String auditModuleName) {
    public NomisPerson {
        Objects.requireNonNull(details, "details");
        contacts = List.copyOf(contacts);
    }

    public Optional<NomisContact> contact(long contactId) {
        return contacts.stream().filter(c -> c.contactId() == contactId).findFirst();
    }

    /** Written through the NOMIS prisoner API on our behalf: an echo of DPS. */
    public boolean writtenBySync() {
        return auditModuleName != null && auditModuleName.startsWith(OffenderEvent.DPS_SYNCHRONISATION);
    }
}
