package org.prisonsync.wiring.incentives;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import org.prisonsync.core.incentives.IncentivesDomain;
import org.prisonsync.core.incentives.IncentivesDpsApi;
import org.prisonsync.core.incentives.IncentivesNomisApi;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.http.incentives.IncentivesHttp;

/** Incentives, built from its HTTP adapters (NOMIS, and the DPS incentives API at {@code INCENTIVES_API_URL}). */
@Module(includes = IncentivesHttp.class)
public final class IncentivesWiring {
    private IncentivesWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain incentives(IncentivesNomisApi nomis, IncentivesDpsApi dps) {
        return new IncentivesDomain(nomis, dps);
    }
}
