package org.prisonsync.http.nonassociations;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.nonassociations.NonAssociationsDpsApi;
import org.prisonsync.core.nonassociations.NonAssociationsNomisApi;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * The non-associations' ports over HTTP: NOMIS's non-association endpoints on the NOMIS prisoner API and the DPS
 * non-associations API at {@value #NON_ASSOCIATIONS_API} ({@code NON_ASSOCIATIONS_API_URL}, else
 * {@code DEFAULT_API_URL}). Public methods, so code without Dagger (tests) builds the adapters the same way.
 */
@Module(includes = HttpModule.class)
public final class NonAssociationsHttp {
    /** The DPS non-associations API's id. */
    public static final String NON_ASSOCIATIONS_API = "non-associations";

    private NonAssociationsHttp() {
    }

    @Provides
    @Singleton
    public static NonAssociationsNomisApi nonAssociationsNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpNonAssociationsNomisApi(JsonHttp.to(client, settings, HttpSettings.NOMIS_API));
    }

    @Provides
    @Singleton
    public static NonAssociationsDpsApi nonAssociationsDpsApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpNonAssociationsDpsApi(JsonHttp.to(client, settings, NON_ASSOCIATIONS_API));
    }
}
