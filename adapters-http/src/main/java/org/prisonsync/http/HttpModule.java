package org.prisonsync.http;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;

/**
 * The one HTTP client all domains' adapters share. Each domain's own module ({@code visits.VisitsHttp}, …) includes
 * this one; the runner's component binds {@link HttpSettings}.
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
}
