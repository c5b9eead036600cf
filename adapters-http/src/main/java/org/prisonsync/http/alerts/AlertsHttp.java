package org.prisonsync.http.alerts;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.alerts.AlertsDpsApi;
import org.prisonsync.core.alerts.AlertsNomisApi;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * The alerts' ports over HTTP: NOMIS's alert endpoints at {@value HttpSettings#NOMIS_API} and the DPS alerts API at
 * {@value #ALERTS_API}. Public methods, so that code without Dagger (tests) builds the adapters the same way.
 */
@Module(includes = HttpModule.class)
public final class AlertsHttp {
    /** The DPS alerts API's id ({@code ALERTS_API_URL}). */
    public static final String ALERTS_API = "alerts";

    private AlertsHttp() {
    }

    @Provides
    @Singleton
    public static AlertsNomisApi alertsNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpAlertsNomisApi(JsonHttp.to(client, settings, HttpSettings.NOMIS_API));
    }

    @Provides
    @Singleton
    public static AlertsDpsApi alertsDpsApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpAlertsDpsApi(JsonHttp.to(client, settings, ALERTS_API));
    }
}
