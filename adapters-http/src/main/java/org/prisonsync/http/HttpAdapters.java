package org.prisonsync.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.prisonsync.core.alerts.ActivePrisoners;
import org.prisonsync.core.alerts.AlertsDpsApi;
import org.prisonsync.core.alerts.AlertsNomisApi;
import org.prisonsync.core.movements.PrisonMovements;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.core.visits.VisitsNomisApi;

/**
 * Builds the HTTP client and the HTTP implementations of core's ports. Adapters built from the same client and the
 * same credentials share one token cache, so NOMIS and DPS calls do not each fetch their own token.
 */
public final class HttpAdapters {
    private static final ObjectMapper MAPPER = JsonHttp.newMapper();
    /**
     * Token caches per client, then per token URL and client. Weak keys: a client that is no longer used takes its
     * caches with it (the caches fetch through a sibling client, never the key itself, so they cannot pin it).
     */
    private static final Map<OkHttpClient, Map<TokenKey, ClientCredentialsTokens>> TOKENS = new WeakHashMap<>();

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
     * written and then went unanswered ("unexpected end of stream"), which the server may have acted on.
     * {@link Sender} repeats only what is safe: a GET, or a write OkHttp reports was never completely written.
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

    public static VisitsNomisApi visitsNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpVisitsNomisApi(new JsonHttp(client, settings.nomisApiUrl(), MAPPER, tokens(client, settings)));
    }

    public static VisitsDpsApi visitsDpsApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpVisitsDpsApi(new JsonHttp(client, settings.visitsApiUrl(), MAPPER, tokens(client, settings)));
    }

    public static PrisonMovements prisonMovements(OkHttpClient client, HttpSettings settings) {
        return new OkHttpPrisonMovements(new JsonHttp(client, settings.prisonApiUrl(), MAPPER,
                tokens(client, settings)));
    }

    public static AlertsNomisApi alertsNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpAlertsNomisApi(new JsonHttp(client, settings.nomisApiUrl(), MAPPER, tokens(client, settings)));
    }

    public static AlertsDpsApi alertsDpsApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpAlertsDpsApi(new JsonHttp(client, settings.alertsApiUrl(), MAPPER, tokens(client, settings)));
    }

    /** Active prisoners from the NOMIS prisoner API's {@code GET /prisoners/ids/active}. */
    public static ActivePrisoners activePrisoners(OkHttpClient client, HttpSettings settings) {
        return new OkHttpActivePrisoners(new JsonHttp(client, settings.nomisApiUrl(), MAPPER,
                tokens(client, settings)));
    }

    /** The shared token cache for these settings on this client; null when the settings ask for no auth. */
    static ClientCredentialsTokens tokens(OkHttpClient client, HttpSettings settings) {
        if (!settings.authenticated()) {
            return null;
        }
        TokenKey key = new TokenKey(settings.tokenUrl(), settings.clientId(), settings.clientSecret());
        synchronized (TOKENS) {
            return TOKENS.computeIfAbsent(client, c -> new HashMap<>())
                    .computeIfAbsent(key, k -> new ClientCredentialsTokens(client.newBuilder().build(), k.tokenUrl(),
                            k.clientId(), k.clientSecret(), MAPPER, Clock.systemUTC()));
        }
    }

    private record TokenKey(String tokenUrl, String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "TokenKey[" + tokenUrl + ", " + clientId + "]";
        }
    }
}
