package org.prisonsync.core.contacts;

import java.util.Objects;

/** The outside parties the contacts domain needs, beyond the engine's shared ports. */
public record ContactPorts(ContactsNomisApi nomis, ContactsDpsApi dps) {
    public ContactPorts {
        Objects.requireNonNull(nomis, "nomis");
        Objects.requireNonNull(dps, "dps");
    }
}
