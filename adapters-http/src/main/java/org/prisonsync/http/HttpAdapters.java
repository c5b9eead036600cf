package org.prisonsync.http;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Builds the one HTTP client every domain's adapters share. The adapters themselves come from each domain's module
 * ({@code visits.VisitsHttp}, {@code alerts.AlertsHttp}, …); adapters built from the same client and the same
 * credentials share one token cache, so NOMIS and DPS calls do not each fetch their own token.
 */
public final class HttpAdapters {
    private HttpAdapters() {
    }

    /**
     * One client for all upstream calls: a bounded connection pool and dispatcher, and connect/read/write timeouts.
     * Idle connections are closed after {@link HttpSettings#idleConnectionTimeout()}, before the servers' own idle
     * timeouts close them under us.
     *
     * <p>OkHttp's own retry on a failed connection is off. In OkHttp 5 it sends again, whatever the method, a
     * request that failed with an I/O error other than a protocol error, a certificate failure or a timeout, when its
     * body can be written twice (ours can) and a route is left to try: that includes a POST that was completely
     * written and then went unanswered ("unexpected end of stream"), which the server may have acted on. The
     * adapters' sender repeats only what is safe: a GET, or a write OkHttp reports was never completely written.
     */
    public static OkHttpClient client(HttpSettings settings) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(Math.max(dispatcher.getMaxRequests(), settings.maxRequestsPerHost()));
        dispatcher.setMaxRequestsPerHost(settings.maxRequestsPerHost());
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(settings.maxIdleConnections(),
                        settings.idleConnectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .dispatcher(dispatcher)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false)
                .build();
    }
}
