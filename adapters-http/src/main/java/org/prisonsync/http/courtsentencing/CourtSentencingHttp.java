package org.prisonsync.http.courtsentencing;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * Court sentencing's ports over HTTP: NOMIS's court sentencing endpoints on the NOMIS prisoner API, and DPS remand and
 * sentencing at {@value #COURT_SENTENCING_API} ({@code COURTSENTENCING_API_URL}, else {@code DEFAULT_API_URL}).
 */
@Module(includes = HttpModule.class)
public final class CourtSentencingHttp {
    /** The DPS remand and sentencing API's id. */
    public static final String COURT_SENTENCING_API = "courtsentencing";

    private CourtSentencingHttp() {
    }

    @Provides
    @Singleton
    public static CourtSentencingNomisApi courtSentencingNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpCourtSentencingNomisApi(JsonHttp.to(client, settings, HttpSettings.NOMIS_API));
    }

    @Provides
    @Singleton
    public static CourtSentencingDpsApi courtSentencingDpsApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpCourtSentencingDpsApi(JsonHttp.to(client, settings, COURT_SENTENCING_API));
    }
}
