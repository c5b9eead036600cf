package org.prisonsync.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Where the upstream services live and how to reach them.
 *
 * <p>Base URLs are keyed by API id ({@code nomis}, {@code visits}, {@code alerts}, {@code prison}, …): each domain's
 * adapters ask for the ids they call, so a new domain needs a new id, not a new field. An id without a URL of its own
 * is at {@code defaultApiUrl} (on the simulator every API shares one host); with neither, asking for it fails with
 * the variable to set. The environment names them {@code <ID>_API_URL} ({@link #variableOf}), and
 * {@code DEFAULT_API_URL} the fallback.
 *
 * <p>{@code tokenUrl} null or blank means no {@code Authorization} header (the simulator, local stubs); otherwise
 * {@code clientId}/{@code clientSecret} are the OAuth2 client credentials and must be given.
 * {@code idleConnectionTimeout} is how long a pooled connection may sit idle before the client closes it: keep it
 * below every upstream's (and load balancer's) own idle timeout, so the client, not the server, closes idle
 * connections (Jetty closes them after 30 s, an AWS load balancer after 60 s).
 */
public record HttpSettings(String defaultApiUrl, Map<String, String> apiUrls, String tokenUrl, String clientId,
                           String clientSecret, Duration connectTimeout, Duration readTimeout,
                           int maxIdleConnections, int maxRequestsPerHost, Duration idleConnectionTimeout) {
    /** The NOMIS prisoner API: every domain reads and writes NOMIS through it. */
    public static final String NOMIS_API = "nomis";
    /** The variable naming the URL of every API that has none of its own. */
    public static final String DEFAULT_API_URL = "DEFAULT_API_URL";
    /** Well under the shortest server idle timeout we know of (Jetty's 30 s). */
    public static final Duration DEFAULT_IDLE_CONNECTION_TIMEOUT = Duration.ofSeconds(10);

    private static final String VARIABLE_SUFFIX = "_API_URL";
    /** Lower case, digits and inner hyphens: an id must survive the trip to a variable name and back. */
    private static final Pattern API_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public HttpSettings {
        if (defaultApiUrl != null && defaultApiUrl.isBlank()) {
            defaultApiUrl = null;
        }
        if (defaultApiUrl != null) {
            requireHttpUrl(defaultApiUrl, DEFAULT_API_URL);
        }
        Objects.requireNonNull(apiUrls, "apiUrls");
        Map<String, String> given = new LinkedHashMap<>();
        apiUrls.forEach((id, url) -> {
            requireApiId(id);
            if (url != null && !url.isBlank()) { // blank, as an unset variable: the API is at the default URL
                given.put(id, url.trim());
            }
        });
        // The URLs are checked when asked for: the environment may hold other *_API_URL variables than ours.
        apiUrls = Map.copyOf(given);
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            // OkHttp reads zero as "no timeout", which would let one stuck upstream hold a worker forever.
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxIdleConnections < 1 || maxRequestsPerHost < 1) {
            throw new IllegalArgumentException("maxIdleConnections and maxRequestsPerHost must be at least 1");
        }
        Objects.requireNonNull(idleConnectionTimeout, "idleConnectionTimeout");
        if (idleConnectionTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("idleConnectionTimeout must be at least 1 ms");
        }
        if (tokenUrl != null && !tokenUrl.isBlank()) {
            requireText(clientId, "clientId");
            requireText(clientSecret, "clientSecret");
        }
    }

    /**
     * Every API at {@code defaultApiUrl}; no auth, connect 2 s, read 10 s, 32 idle connections closed after 10 s
     * idle, 64 requests per host.
     */
    public static HttpSettings defaults(String defaultApiUrl) {
        return new HttpSettings(defaultApiUrl, Map.of(), null, null, null, Duration.ofSeconds(2),
                Duration.ofSeconds(10), 32, 64, DEFAULT_IDLE_CONNECTION_TIMEOUT);
    }

    /** {@link #defaults(String)} with each API at its own URL and no fallback: an id not in the map is refused. */
    public static HttpSettings defaults(Map<String, String> apiUrls) {
        return defaults((String) null).withApiUrls(apiUrls);
    }

    /** The environment variable holding the base URL of API {@code apiId}: {@code visits} → {@code VISITS_API_URL}. */
    public static String variableOf(String apiId) {
        requireApiId(apiId);
        return apiId.toUpperCase(Locale.ROOT).replace('-', '_') + VARIABLE_SUFFIX;
    }

    /**
     * The base URLs the environment names, by API id: every non-blank {@code <ID>_API_URL} but
     * {@value #DEFAULT_API_URL} ({@code NOMIS_API_URL} → {@code nomis}, {@code NON_ASSOCIATIONS_API_URL} →
     * {@code non-associations}). No list of APIs is needed here, so a new domain's variable works unannounced.
     */
    public static Map<String, String> apiUrlsFrom(Map<String, String> environment) {
        Map<String, String> urls = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.endsWith(VARIABLE_SUFFIX) && !name.equals(DEFAULT_API_URL) && value != null && !value.isBlank()) {
                String id = name.substring(0, name.length() - VARIABLE_SUFFIX.length())
                        .toLowerCase(Locale.ROOT).replace('_', '-');
                if (API_ID.matcher(id).matches()) {
                    urls.put(id, value.trim());
                }
            }
        });
        return urls;
    }

    /**
     * The base URL of API {@code apiId}: its own, else the default. Neither, or one that is no http(s) URL, is a
     * configuration error naming the variable to fix; the adapters ask when they are built, so the start fails.
     */
    public String apiUrl(String apiId) {
        String url = apiUrls.get(apiId);
        if (url != null) {
            requireHttpUrl(url, variableOf(apiId));
            return url;
        }
        if (defaultApiUrl != null) {
            return defaultApiUrl;
        }
        throw new IllegalStateException("no base URL for the '" + apiId + "' API: set " + variableOf(apiId)
                + " or " + DEFAULT_API_URL);
    }

    /**
     * The NOMIS prisoner API's base URL, {@code apiUrl(NOMIS_API)}: the one API every domain calls, so it keeps an
     * accessor of its own (the other APIs are a domain's and are asked for by id).
     */
    public String nomisApiUrl() {
        return apiUrl(NOMIS_API);
    }

    /** Whether calls carry a client-credentials bearer token. */
    public boolean authenticated() {
        return tokenUrl != null && !tokenUrl.isBlank();
    }

    /** The same settings with API {@code apiId} at {@code url} (null or blank: at the default URL). */
    public HttpSettings withApiUrl(String apiId, String url) {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put(apiId, url);
        return withApiUrls(urls);
    }

    /** The same settings with these APIs at these URLs (the others unchanged; a blank URL removes the API's own). */
    public HttpSettings withApiUrls(Map<String, String> urls) {
        Map<String, String> merged = new LinkedHashMap<>(apiUrls);
        merged.putAll(urls);
        return new HttpSettings(defaultApiUrl, merged, tokenUrl, clientId, clientSecret, connectTimeout, readTimeout,
                maxIdleConnections, maxRequestsPerHost, idleConnectionTimeout);
    }

    /** The same settings with client-credentials auth against {@code tokenUrl}. */
    public HttpSettings withClientCredentials(String tokenUrl, String clientId, String clientSecret) {
        return new HttpSettings(defaultApiUrl, apiUrls, tokenUrl, clientId, clientSecret, connectTimeout, readTimeout,
                maxIdleConnections, maxRequestsPerHost, idleConnectionTimeout);
    }

    /** The same settings with other timeouts. */
    public HttpSettings withTimeouts(Duration connectTimeout, Duration readTimeout) {
        return new HttpSettings(defaultApiUrl, apiUrls, tokenUrl, clientId, clientSecret, connectTimeout, readTimeout,
                maxIdleConnections, maxRequestsPerHost, idleConnectionTimeout);
    }

    /** The same settings with pooled connections closed after {@code idleConnectionTimeout} idle. */
    public HttpSettings withIdleConnectionTimeout(Duration idleConnectionTimeout) {
        return new HttpSettings(defaultApiUrl, apiUrls, tokenUrl, clientId, clientSecret, connectTimeout, readTimeout,
                maxIdleConnections, maxRequestsPerHost, idleConnectionTimeout);
    }

    /** Keeps the secret out of logs and exception messages; the URLs in a stable order. */
    @Override
    public String toString() {
        return "HttpSettings[defaultApiUrl=" + defaultApiUrl + ", apiUrls=" + new TreeMap<>(apiUrls)
                + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null ? null : "***")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", maxIdleConnections=" + maxIdleConnections + ", maxRequestsPerHost=" + maxRequestsPerHost
                + ", idleConnectionTimeout=" + idleConnectionTimeout + "]";
    }

    private static void requireApiId(String apiId) {
        if (apiId == null || !API_ID.matcher(apiId).matches()) {
            throw new IllegalArgumentException("an API id is lower-case letters, digits and inner hyphens, was '"
                    + apiId + "'");
        }
    }

    /** A mistyped URL stops the start and names its variable, instead of failing the first call. */
    private static void requireHttpUrl(String url, String variable) {
        if (url == null || HttpUrl.parse(url) == null) {
            throw new IllegalArgumentException(variable + " must be an http or https URL, was '" + url + "'");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
