package org.prisonsync.wiring.activities;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import org.prisonsync.core.activities.ActivitiesDomain;
import org.prisonsync.core.activities.ActivitiesDpsApi;
import org.prisonsync.core.activities.ActivitiesNomisApi;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.http.activities.ActivitiesHttp;

/** Activities, built from its HTTP adapters (NOMIS, and the DPS activities API at {@code ACTIVITIES_API_URL}). */
@Module(includes = ActivitiesHttp.class)
public final class ActivitiesWiring {
    private ActivitiesWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain activities(ActivitiesNomisApi nomis, ActivitiesDpsApi dps) {
        return new ActivitiesDomain(nomis, dps);
    }
}
