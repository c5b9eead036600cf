package org.prisonsync.http.incentives;

import dagger.Module;
import dagger.Provides;
import javax.inject.Named;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.incentives.IncentivesDpsApi;
import org.prisonsync.core.incentives.IncentivesNomisApi;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.JsonHttp;

/**
 * The incentives' ports over HTTP: NOMIS's incentive endpoints at {@link HttpSettings#nomisApiUrl()} and the DPS
 * incentives API at the {@value #INCENTIVES_API_URL} binding, which the runner provides. Public methods, so code
 * without Dagger (tests) builds the adapters the same way.
 */
@Module(includes = HttpModule.class)
public final class IncentivesHttp {
    /** The name of the DPS incentives API's base URL binding. */
    public static final String INCENTIVES_API_URL = "incentivesApiUrl";

    private IncentivesHttp() {
    }

    @Provides
    @Singleton
    public static IncentivesNomisApi incentivesNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpIncentivesNomisApi(JsonHttp.at(client, settings, settings.nomisApiUrl()));
    }

    @Provides
    @Singleton
    public static IncentivesDpsApi incentivesDpsApi(OkHttpClient client, HttpSettings settings,
                                                    @Named(INCENTIVES_API_URL) String incentivesApiUrl) {
        return new OkHttpIncentivesDpsApi(JsonHttp.at(client, settings, incentivesApiUrl));
    }
}
