package org.prisonsync.wiring.adjudications;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import java.util.Set;
import org.prisonsync.core.adjudications.AdjudicationOperations;
import org.prisonsync.core.adjudications.AdjudicationsDomain;
import org.prisonsync.core.adjudications.AdjudicationsDpsApi;
import org.prisonsync.core.adjudications.AdjudicationsNomisApi;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.locations.LocationMappings;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.http.adjudications.AdjudicationsHttp;
import org.prisonsync.http.locations.LocationsHttp;

/**
 * Adjudications, built from its HTTP adapters (NOMIS, the DPS adjudications API at {@code ADJUDICATIONS_API_URL}) and
 * NOMIS's active prisoners (the reconciliation's population), and the shared location mappings (the mapping service
 * at {@code MAPPING_API_URL}), with the punishment repair as an operation.
 */
@Module(includes = {AdjudicationsHttp.class, LocationsHttp.class})
public final class AdjudicationsWiring {
    private AdjudicationsWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain adjudications(AdjudicationsNomisApi nomis, AdjudicationsDpsApi dps,
                                    ActivePrisoners activePrisoners, LocationMappings locations) {
        return new AdjudicationsDomain(nomis, dps, activePrisoners, locations);
    }

    /** What the domain registers, listed without building it (mapping show, reconciliation runs). */
    @Provides
    @IntoSet
    static DomainDeclaration declaration() {
        return AdjudicationsDomain.DECLARATION;
    }

    @Provides
    @ElementsIntoSet
    static Set<Operation> operations(Lazy<PrisonSyncCore> core) {
        return Set.copyOf(AdjudicationOperations.all(() -> core.get().domain(AdjudicationsDomain.class)));
    }
}
