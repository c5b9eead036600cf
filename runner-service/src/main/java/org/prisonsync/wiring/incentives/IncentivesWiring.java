package org.prisonsync.wiring.incentives;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import javax.inject.Named;
import org.prisonsync.core.incentives.IncentivesDomain;
import org.prisonsync.core.incentives.IncentivesDpsApi;
import org.prisonsync.core.incentives.IncentivesNomisApi;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.http.incentives.IncentivesHttp;
import org.prisonsync.service.ServiceConfig;

/** Incentives, built from its HTTP adapters. */
@Module(includes = IncentivesHttp.class)
public final class IncentivesWiring {
    private IncentivesWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain incentives(IncentivesNomisApi nomis, IncentivesDpsApi dps) {
        return new IncentivesDomain(nomis, dps);
    }

    /**
     * The DPS incentives API's base URL: {@code INCENTIVES_API_URL}, else where the other DPS APIs are (the simulator
     * in the embedded default). Until the runners configure base URLs by API id, this is the binding's one home.
     */
    @Provides
    @Named(IncentivesHttp.INCENTIVES_API_URL)
    static String incentivesApiUrl(ServiceConfig config) {
        String url = config.env().get("INCENTIVES_API_URL");
        return url == null || url.isBlank() ? config.http().visitsApiUrl() : url.trim();
    }
}
