package org.prisonsync.http.activities;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.activities.ActivitiesDpsApi;
import org.prisonsync.core.activities.ActivitiesNomisApi;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * The activities' ports over HTTP: NOMIS's activity endpoints on the NOMIS prisoner API and the DPS activities API
 * at {@value #ACTIVITIES_API} ({@code ACTIVITIES_API_URL}, else {@code DEFAULT_API_URL}). Public methods, so code
 * without Dagger builds the adapters the same way.
 */
@Module(includes = HttpModule.class)
public final class ActivitiesHttp {
    /** The DPS activities API's id. */
    public static final String ACTIVITIES_API = "activities";

    private ActivitiesHttp() {
    }

    @Provides
    @Singleton
    public static ActivitiesNomisApi activitiesNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpActivitiesNomisApi(JsonHttp.to(client, settings, HttpSettings.NOMIS_API));
    }

    @Provides
    @Singleton
    public static ActivitiesDpsApi activitiesDpsApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpActivitiesDpsApi(JsonHttp.to(client, settings, ACTIVITIES_API));
    }
}
