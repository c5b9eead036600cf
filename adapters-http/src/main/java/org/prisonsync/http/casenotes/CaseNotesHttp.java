package org.prisonsync.http.casenotes;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.casenotes.CaseNotesDpsApi;
import org.prisonsync.core.casenotes.CaseNotesNomisApi;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * The case notes' ports over HTTP: NOMIS's case note endpoints at {@value HttpSettings#NOMIS_API} and the case notes
 * API at {@value #CASENOTES_API}. Public methods, so that code without Dagger (tests) builds the adapters the same way.
 */
@Module(includes = HttpModule.class)
public final class CaseNotesHttp {
    /** The case notes API's id ({@code CASENOTES_API_URL}). */
    public static final String CASENOTES_API = "casenotes";

    private CaseNotesHttp() {
    }

    @Provides
    @Singleton
    public static CaseNotesNomisApi caseNotesNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpCaseNotesNomisApi(JsonHttp.to(client, settings, HttpSettings.NOMIS_API));
    }

    @Provides
    @Singleton
    public static CaseNotesDpsApi caseNotesDpsApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpCaseNotesDpsApi(JsonHttp.to(client, settings, CASENOTES_API));
    }
}
