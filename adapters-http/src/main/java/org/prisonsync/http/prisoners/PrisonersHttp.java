package org.prisonsync.http.prisoners;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * The active prisoners over HTTP, from the NOMIS prisoner API's {@code GET /prisoners/ids/active} at
 * {@value HttpSettings#NOMIS_API}: the population a prisoner-level reconciliation pages through. Public methods, so
 * that code without Dagger (tests) builds the adapter the same way.
 */
@Module(includes = HttpModule.class)
public final class PrisonersHttp {
    private PrisonersHttp() {
    }

    @Provides
    @Singleton
    public static ActivePrisoners activePrisoners(OkHttpClient client, HttpSettings settings) {
        return new OkHttpActivePrisoners(JsonHttp.to(client, settings, HttpSettings.NOMIS_API));
    }
}
