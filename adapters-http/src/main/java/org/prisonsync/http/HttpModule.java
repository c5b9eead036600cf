package org.prisonsync.http;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.alerts.ActivePrisoners;
import org.prisonsync.core.alerts.AlertsDpsApi;
import org.prisonsync.core.alerts.AlertsNomisApi;
import org.prisonsync.core.movements.PrisonMovements;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.core.visits.VisitsNomisApi;

/**
 * Binds core's visit, alert and Prison API movement ports to the HTTP adapters. The runner's component binds
 * {@link HttpSettings}.
 */
@Module
public final class HttpModule {
    private HttpModule() {
    }

    @Provides
    @Singleton
    static OkHttpClient okHttpClient(HttpSettings settings) {
        return HttpAdapters.client(settings);
    }

    @Provides
    @Singleton
    static VisitsNomisApi visitsNomisApi(OkHttpClient client, HttpSettings settings) {
        return HttpAdapters.visitsNomisApi(client, settings);
    }

    @Provides
    @Singleton
    static VisitsDpsApi visitsDpsApi(OkHttpClient client, HttpSettings settings) {
        return HttpAdapters.visitsDpsApi(client, settings);
    }

    @Provides
    @Singleton
    static PrisonMovements prisonMovements(OkHttpClient client, HttpSettings settings) {
        return HttpAdapters.prisonMovements(client, settings);
    }

    @Provides
    @Singleton
    static AlertsNomisApi alertsNomisApi(OkHttpClient client, HttpSettings settings) {
        return HttpAdapters.alertsNomisApi(client, settings);
    }

    @Provides
    @Singleton
    static AlertsDpsApi alertsDpsApi(OkHttpClient client, HttpSettings settings) {
        return HttpAdapters.alertsDpsApi(client, settings);
    }

    @Provides
    @Singleton
    static ActivePrisoners activePrisoners(OkHttpClient client, HttpSettings settings) {
        return HttpAdapters.activePrisoners(client, settings);
    }
}
