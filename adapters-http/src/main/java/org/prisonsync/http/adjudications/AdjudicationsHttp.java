package org.prisonsync.http.adjudications;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.adjudications.AdjudicationsDpsApi;
import org.prisonsync.core.adjudications.AdjudicationsNomisApi;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * The adjudications' ports over HTTP: NOMIS's adjudication endpoints on the NOMIS prisoner API, and the DPS
 * adjudications API at {@value #ADJUDICATIONS_API} ({@code ADJUDICATIONS_API_URL}, else {@code DEFAULT_API_URL}).
 */
@Module(includes = HttpModule.class)
public final class AdjudicationsHttp {
    /** The DPS adjudications API's id. */
    public static final String ADJUDICATIONS_API = "adjudications";

    private AdjudicationsHttp() {
    }

    @Provides
    @Singleton
    public static AdjudicationsNomisApi adjudicationsNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpAdjudicationsNomisApi(JsonHttp.to(client, settings, HttpSettings.NOMIS_API));
    }

    @Provides
    @Singleton
    public static AdjudicationsDpsApi adjudicationsDpsApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpAdjudicationsDpsApi(JsonHttp.to(client, settings, ADJUDICATIONS_API));
    }
}
