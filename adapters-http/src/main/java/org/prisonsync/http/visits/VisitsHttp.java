package org.prisonsync.http.visits;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.core.visits.VisitsNomisApi;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * The visits' ports over HTTP: NOMIS's visit endpoints at {@value HttpSettings#NOMIS_API} and the DPS visit scheduler
 * at {@value #VISITS_API}. Public methods, so that code without Dagger (tests, benchmarks) builds the adapters the
 * same way.
 */
@Module(includes = HttpModule.class)
public final class VisitsHttp {
    /** The DPS visit scheduler's API id ({@code VISITS_API_URL}). */
    public static final String VISITS_API = "visits";

    private VisitsHttp() {
    }

    @Provides
    @Singleton
    public static VisitsNomisApi visitsNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpVisitsNomisApi(JsonHttp.to(client, settings, HttpSettings.NOMIS_API));
    }

    @Provides
    @Singleton
    public static VisitsDpsApi visitsDpsApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpVisitsDpsApi(JsonHttp.to(client, settings, VISITS_API));
    }
}
