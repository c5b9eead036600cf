package org.prisonsync.http.locations;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.locations.LocationMappings;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * The shared location mappings over HTTP: the NOMIS mapping service's {@code GET /mapping/locations/dps/{id}} at
 * {@value #MAPPING_API} ({@code MAPPING_API_URL}, else {@code DEFAULT_API_URL}). Every domain that translates DPS
 * locations includes this one module, so all of them share one adapter. Public methods, so that code without Dagger
 * (tests) builds the adapter the same way.
 */
@Module(includes = HttpModule.class)
public final class LocationsHttp {
    /** The NOMIS mapping service's id. */
    public static final String MAPPING_API = "mapping";

    private LocationsHttp() {
    }

    @Provides
    @Singleton
    public static LocationMappings locationMappings(OkHttpClient client, HttpSettings settings) {
        return new OkHttpLocationMappings(JsonHttp.to(client, settings, MAPPING_API));
    }
}
