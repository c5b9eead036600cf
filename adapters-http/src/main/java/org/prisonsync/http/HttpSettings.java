package org.prisonsync.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the upstream services live and how to reach them. {@code tokenUrl} null or blank means no
 * {@code Authorization} header (the simulator, local stubs); otherwise {@code clientId}/{@code clientSecret} are the
 * OAuth2 client credentials and must be given. {@code prisonApiUrl} null or blank means {@code nomisApiUrl}: the
 * Prison API and the NOMIS prisoner API both read NOMIS and share a host on the simulator, but are separate services
 * (and hosts) in production. {@code alertsApiUrl} null or blank means {@code visitsApiUrl}: on the simulator every DPS
 * service shares one host; in production the alerts API has its own. {@code idleConnectionTimeout} is how long a pooled
 * connection may sit idle before the client closes it: keep it below every upstream's (and load balancer's) own idle
 * timeout, so the client, not the server, closes idle connections (Jetty closes them after 30 s, an AWS load balancer
 * after 60 s).
 */
public record HttpSettings(String nomisApiUrl, String visitsApiUrl, String tokenUrl, String clientId,
                           String clientSecret, Duration connectTimeout, Duration readTimeout,
                           int maxIdleConnections, int maxRequestsPerHost, String prisonApiUrl,
                           String alertsApiUrl, Duration idleConnectionTimeout) {
    /** Well under the shortest server idle timeout we know of (Jetty's 30 s). */
    public static final Duration DEFAULT_IDLE_CONNECTION_TIMEOUT = Duration.ofSeconds(10);

    public HttpSettings {
        requireText(nomisApiUrl, "nomisApiUrl");
        requireText(visitsApiUrl, "visitsApiUrl");
        if (prisonApiUrl == null || prisonApiUrl.isBlank()) {
            prisonApiUrl = nomisApiUrl;
        }
        if (alertsApiUrl == null || alertsApiUrl.isBlank()) {
            alertsApiUrl = visitsApiUrl;
        }
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

    /** The settings with idle connections closed after {@link #DEFAULT_IDLE_CONNECTION_TIMEOUT}. */
    public HttpSettings(String nomisApiUrl, String visitsApiUrl, String tokenUrl, String clientId,
                        String clientSecret, Duration connectTimeout, Duration readTimeout,
                        int maxIdleConnections, int maxRequestsPerHost, String prisonApiUrl, String alertsApiUrl) {
        this(nomisApiUrl, visitsApiUrl, tokenUrl, clientId, clientSecret, connectTimeout, readTimeout,
                maxIdleConnections, maxRequestsPerHost, prisonApiUrl, alertsApiUrl, DEFAULT_IDLE_CONNECTION_TIMEOUT);
    }

    /**
     * No auth, connect 2 s, read 10 s, 32 idle connections closed after 10 s idle, 64 requests per host, the Prison
     * API at NOMIS's URL and the alerts API at the visit scheduler's.
     */
    public static HttpSettings defaults(String nomisApiUrl, String visitsApiUrl) {
        return new HttpSettings(nomisApiUrl, visitsApiUrl, null, null, null, Duration.ofSeconds(2),
                Duration.ofSeconds(10), 32, 64, null, null);
    }

    /** Whether calls carry a client-credentials bearer token. */
    public boolean authenticated() {
        return tokenUrl != null && !tokenUrl.isBlank();
    }

    /** The same settings with client-credentials auth against {@code tokenUrl}. */
    public HttpSettings withClientCredentials(String tokenUrl, String clientId, String clientSecret) {
        return new HttpSettings(nomisApiUrl, visitsApiUrl, tokenUrl, clientId, clientSecret, connectTimeout,
                readTimeout, maxIdleConnections, maxRequestsPerHost, prisonApiUrl, alertsApiUrl,
                idleConnectionTimeout);
    }

    /** The same settings with other timeouts. */
    public HttpSettings withTimeouts(Duration connectTimeout, Duration readTimeout) {
        return new HttpSettings(nomisApiUrl, visitsApiUrl, tokenUrl, clientId, clientSecret, connectTimeout,
                readTimeout, maxIdleConnections, maxRequestsPerHost, prisonApiUrl, alertsApiUrl,
                idleConnectionTimeout);
    }

    /** The same settings with the Prison API at {@code prisonApiUrl} (null or blank: at {@code nomisApiUrl}). */
    public HttpSettings withPrisonApiUrl(String prisonApiUrl) {
        return new HttpSettings(nomisApiUrl, visitsApiUrl, tokenUrl, clientId, clientSecret, connectTimeout,
                readTimeout, maxIdleConnections, maxRequestsPerHost, prisonApiUrl, alertsApiUrl,
                idleConnectionTimeout);
    }

    /** The same settings with the DPS alerts API at {@code alertsApiUrl} (null or blank: at {@code visitsApiUrl}). */
    public HttpSettings withAlertsApiUrl(String alertsApiUrl) {
        return new HttpSettings(nomisApiUrl, visitsApiUrl, tokenUrl, clientId, clientSecret, connectTimeout,
                readTimeout, maxIdleConnections, maxRequestsPerHost, prisonApiUrl, alertsApiUrl,
                idleConnectionTimeout);
    }

    /** The same settings with pooled connections closed after {@code idleConnectionTimeout} idle. */
    public HttpSettings withIdleConnectionTimeout(Duration idleConnectionTimeout) {
        return new HttpSettings(nomisApiUrl, visitsApiUrl, tokenUrl, clientId, clientSecret, connectTimeout,
                readTimeout, maxIdleConnections, maxRequestsPerHost, prisonApiUrl, alertsApiUrl,
                idleConnectionTimeout);
    }

    /** Keeps the secret out of logs and exception messages. */
    @Override
    public String toString() {
        return "HttpSettings[nomisApiUrl=" + nomisApiUrl + ", visitsApiUrl=" + visitsApiUrl + ", tokenUrl=" + tokenUrl
                + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? null : "***")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", maxIdleConnections=" + maxIdleConnections + ", maxRequestsPerHost=" + maxRequestsPerHost
                + ", prisonApiUrl=" + prisonApiUrl + ", alertsApiUrl=" + alertsApiUrl
                + ", idleConnectionTimeout=" + idleConnectionTimeout + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
