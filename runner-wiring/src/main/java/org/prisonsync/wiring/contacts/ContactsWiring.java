package org.prisonsync.wiring.contacts;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import org.prisonsync.core.contacts.ContactPorts;
import org.prisonsync.core.contacts.ContactsDomain;
import org.prisonsync.core.contacts.ContactsDpsApi;
import org.prisonsync.core.contacts.ContactsNomisApi;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.http.contacts.ContactsHttp;

/** Contacts, built from its HTTP adapters; the mappings are the shared store's. */
@Module(includes = ContactsHttp.class)
public final class ContactsWiring {
    private ContactsWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain contacts(ContactsNomisApi nomis, ContactsDpsApi dps) {
        return new ContactsDomain(new ContactPorts(nomis, dps));
    }
}
