package org.prisonsync.wiring.activities;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import java.util.Set;
import org.prisonsync.core.activities.ActivitiesDomain;
import org.prisonsync.core.activities.ActivitiesDpsApi;
import org.prisonsync.core.activities.ActivitiesNomisApi;
import org.prisonsync.core.activities.ActivityOperations;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.locations.LocationMappings;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.http.activities.ActivitiesHttp;
import org.prisonsync.http.locations.LocationsHttp;

/**
 * Activities, built from its HTTP adapters (NOMIS, and the DPS activities API at {@code ACTIVITIES_API_URL}) and the
 * shared location mappings (the mapping service at {@code MAPPING_API_URL}).
 */
@Module(includes = {ActivitiesHttp.class, LocationsHttp.class})
public final class ActivitiesWiring {
    private ActivitiesWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain activities(ActivitiesNomisApi nomis, ActivitiesDpsApi dps, LocationMappings locations) {
        return new ActivitiesDomain(nomis, dps, locations);
    }

    /** What the domain registers, listed without building it (mapping show, reconciliation runs). */
    @Provides
    @IntoSet
    static DomainDeclaration declaration() {
        return ActivitiesDomain.DECLARATION;
    }

    @Provides
    @ElementsIntoSet
    static Set<Operation> operations(Lazy<PrisonSyncCore> core) {
        return Set.copyOf(ActivityOperations.all(() -> core.get().domain(ActivitiesDomain.class)));
    }
}
