package org.prisonsync.core.contacts;

import java.util.Objects;
import org.prisonsync.core.message.OffenderEvent;

/** A NOMIS contact: a person's relationship to a prisoner, held on one of the prisoner's bookings. */
public record NomisContact(long contactId, String offenderNo, long bookingId, ContactDetails details,
                           String auditModuleName) {
    public NomisContact {
        Objects.requireNonNull(offenderNo, "offenderNo");
        Objects.requireNonNull(details, "details");
    }

    public boolean writtenBySync() {
        return auditModuleName != null && auditModuleName.startsWith(OffenderEvent.DPS_SYNCHRONISATION);
    }
}
