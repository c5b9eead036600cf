package org.prisonsync.wiring.contacts;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import java.util.Set;
import org.prisonsync.core.contacts.ContactPorts;
import org.prisonsync.core.contacts.ContactsDomain;
import org.prisonsync.core.contacts.ContactsDpsApi;
import org.prisonsync.core.contacts.ContactsNomisApi;
import org.prisonsync.core.contacts.ContactsOperations;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.http.contacts.ContactsHttp;

/** Contacts, built from its HTTP adapters, with its resynchronise repairs as operations; the mappings are shared. */
@Module(includes = ContactsHttp.class)
public final class ContactsWiring {
    private ContactsWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain contacts(ContactsNomisApi nomis, ContactsDpsApi dps, ActivePrisoners activePrisoners) {
        return new ContactsDomain(new ContactPorts(nomis, dps), activePrisoners);
    }

    /** What the domain registers, listed without building it (mapping show, reconciliation runs). */
    @Provides
    @IntoSet
    static DomainDeclaration declaration() {
        return ContactsDomain.DECLARATION;
    }

    @Provides
    @ElementsIntoSet
    static Set<Operation> operations(Lazy<PrisonSyncCore> core) {
        return Set.copyOf(ContactsOperations.all(() -> core.get().domain(ContactsDomain.class)));
    }
}
