package org.prisonsync.http.contacts;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.contacts.ContactsDpsApi;
import org.prisonsync.core.contacts.ContactsNomisApi;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * The contacts' ports over HTTP: NOMIS's person endpoints at {@value HttpSettings#NOMIS_API} and the personal
 * relationships API at {@value #PERSONAL_RELATIONSHIPS_API}. Public methods, so code without Dagger (tests) builds the
 * adapters the same way.
 */
@Module(includes = HttpModule.class)
public final class ContactsHttp {
    /** The personal relationships API's id ({@code PERSONAL_RELATIONSHIPS_API_URL}). */
    public static final String PERSONAL_RELATIONSHIPS_API = "personal-relationships";

    private ContactsHttp() {
    }

    @Provides
    @Singleton
    public static ContactsNomisApi contactsNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpContactsNomisApi(JsonHttp.to(client, settings, HttpSettings.NOMIS_API));
    }

    @Provides
    @Singleton
    public static ContactsDpsApi contactsDpsApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpContactsDpsApi(JsonHttp.to(client, settings, PERSONAL_RELATIONSHIPS_API));
    }
}
