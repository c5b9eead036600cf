package org.prisonsync.http.adjustments;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.adjustments.AdjustmentsDpsApi;
import org.prisonsync.core.adjustments.AdjustmentsNomisApi;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * The adjustments' ports over HTTP: NOMIS's sentence and key-date adjustment endpoints on the NOMIS prisoner API, and
 * the DPS adjustments API at {@value #ADJUSTMENTS_API} ({@code ADJUSTMENTS_API_URL}, else {@code DEFAULT_API_URL}).
 */
@Module(includes = HttpModule.class)
public final class AdjustmentsHttp {
    /** The DPS adjustments API's id. */
    public static final String ADJUSTMENTS_API = "adjustments";

    private AdjustmentsHttp() {
    }

    @Provides
    @Singleton
    public static AdjustmentsNomisApi adjustmentsNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpAdjustmentsNomisApi(JsonHttp.to(client, settings, HttpSettings.NOMIS_API));
    }

    @Provides
    @Singleton
    public static AdjustmentsDpsApi adjustmentsDpsApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpAdjustmentsDpsApi(JsonHttp.to(client, settings, ADJUSTMENTS_API));
    }
}
