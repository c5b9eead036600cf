package org.prisonsync.http.movements;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.movements.PrisonMovements;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * The movement reconciliation's port over HTTP: a booking's movements from the Prison API at {@value #PRISON_API}.
 * The Prison API reads NOMIS too, but is a service (and host) of its own in production. Public methods, so that code
 * without Dagger (tests) builds the adapter the same way.
 */
@Module(includes = HttpModule.class)
public final class MovementsHttp {
    /** The Prison API's id ({@code PRISON_API_URL}). */
    public static final String PRISON_API = "prison";

    private MovementsHttp() {
    }

    @Provides
    @Singleton
    public static PrisonMovements prisonMovements(OkHttpClient client, HttpSettings settings) {
        return new OkHttpPrisonMovements(JsonHttp.to(client, settings, PRISON_API));
    }
}
