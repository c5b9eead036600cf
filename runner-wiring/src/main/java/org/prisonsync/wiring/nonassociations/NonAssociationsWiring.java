package org.prisonsync.wiring.nonassociations;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import java.util.Set;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.nonassociations.NonAssociationOperations;
import org.prisonsync.core.nonassociations.NonAssociationsDomain;
import org.prisonsync.core.nonassociations.NonAssociationsDpsApi;
import org.prisonsync.core.nonassociations.NonAssociationsNomisApi;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.http.nonassociations.NonAssociationsHttp;
import org.prisonsync.wiring.PrisonSyncConfig;

/**
 * Non-associations, built from its HTTP adapters (NOMIS, and the DPS non-associations API at
 * {@code NON_ASSOCIATIONS_API_URL}); {@code NON_ASSOCIATIONS_RECONCILIATION_PAGE_SIZE} (40) sets the reconciliation's
 * page size.
 */
@Module(includes = NonAssociationsHttp.class)
public final class NonAssociationsWiring {
    private NonAssociationsWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain nonAssociations(NonAssociationsNomisApi nomis, NonAssociationsDpsApi dps,
                                      PrisonSyncConfig config) {
        return new NonAssociationsDomain(nomis, dps, config.variables().integer(
                "NON_ASSOCIATIONS_RECONCILIATION_PAGE_SIZE", NonAssociationsDomain.DEFAULT_PAGE_SIZE));
    }

    /** What the domain registers, listed without building it (mapping show, reconciliation runs). */
    @Provides
    @IntoSet
    static DomainDeclaration declaration() {
        return NonAssociationsDomain.DECLARATION;
    }

    @Provides
    @ElementsIntoSet
    static Set<Operation> operations(Lazy<PrisonSyncCore> core) {
        return Set.copyOf(NonAssociationOperations.all(() -> core.get().domain(NonAssociationsDomain.class)));
    }
}
