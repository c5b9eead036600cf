package org.prisonsync.http.incentives;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.incentives.IncentivesDpsApi;
import org.prisonsync.core.incentives.IncentivesNomisApi;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * The incentives' ports over HTTP: NOMIS's incentive endpoints on the NOMIS prisoner API and the DPS incentives API
 * at {@value #INCENTIVES_API} ({@code INCENTIVES_API_URL}, else {@code DEFAULT_API_URL}). Public methods, so code
 * without Dagger (tests, benchmarks) builds the adapters the same way.
 */
@Module(includes = HttpModule.class)
public final class IncentivesHttp {
    /** The DPS incentives API's id. */
    public static final String INCENTIVES_API = "incentives";

    private IncentivesHttp() {
    }

    @Provides
    @Singleton
    public static IncentivesNomisApi incentivesNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpIncentivesNomisApi(JsonHttp.to(client, settings, HttpSettings.NOMIS_API));
    }

    @Provides
    @Singleton
    public static IncentivesDpsApi incentivesDpsApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpIncentivesDpsApi(JsonHttp.to(client, settings, INCENTIVES_API));
    }
}
