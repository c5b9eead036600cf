package org.prisonsync.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.http.HttpSettings;

/**
 * JSON over HTTP to one upstream base URL, with the status rules every adapter shares: I/O failures (after the one
 * repeat {@link Sender} makes where that is safe), timeouts and 5xx are {@link UpstreamUnavailable}; a 401 drops the
 * cached token and the call is made once more (a 401 means the request was not processed, so even a write is safe to
 * repeat), then it is {@link UpstreamRejected}. Every other status goes back to the adapter, which maps the ones it
 * has values for and rejects the rest.
 */
public final class JsonHttp {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String CONTENT_TYPE = "Content-Type";
    private static final ObjectMapper MAPPER = newMapper();

    private final Sender sender;
    private final HttpUrl base;
    private final ObjectMapper mapper;
    private final ClientCredentialsTokens tokens;

    /** {@code tokens} null: no {@code Authorization} header. */
    JsonHttp(OkHttpClient client, String baseUrl, ObjectMapper mapper, ClientCredentialsTokens tokens) {
        this.sender = new Sender(client);
        this.base = HttpUrl.get(baseUrl);
        this.mapper = mapper;
        this.tokens = tokens;
    }

    /**
     * JSON over HTTP to API {@code apiId} ({@link HttpSettings#apiUrl}), on {@code client}, with the token cache every
     * adapter on that client with the same credentials shares.
     */
    public static JsonHttp to(OkHttpClient client, HttpSettings settings, String apiId) {
        return new JsonHttp(client, settings.apiUrl(apiId), MAPPER, TokenCaches.shared(client, settings, MAPPER));
    }

    /** Unknown properties ignored (upstream adds fields), dates written as ISO strings. */
    static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setDefaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
    }

    public HttpReply get(String... pathSegments) {
        return exchange("GET", url(pathSegments), null, Map.of());
    }

    /** A GET with query parameters; a list value is sent as a repeated parameter, as Spring reads lists. */
    public HttpReply get(Map<String, List<String>> query, String... pathSegments) {
        HttpUrl.Builder url = url(pathSegments).newBuilder();
        stable(query).forEach((name, values) -> values.forEach(value -> url.addQueryParameter(name, value)));
        return exchange("GET", url.build(), null, Map.of());
    }

    /** A GET of one resource: 200 read and turned into a domain value, 404 empty, any other answer rejected. */
    public <W, T> Optional<T> find(Class<W> wireType, Function<W, T> toDomain, String... pathSegments) {
        HttpReply reply = get(pathSegments);
        switch (reply.status()) {
            case 200:
                return Optional.of(read(reply, wireType, toDomain));
            case 404:
                return Optional.empty();
            default:
                throw reply.rejected();
        }
    }

    /** A GET whose only good answer is 200: read and turned into a domain value; any other answer rejected. */
    public <W, T> T fetch(Map<String, List<String>> query, Class<W> wireType, Function<W, T> toDomain,
                          String... pathSegments) {
        HttpReply reply = get(query, pathSegments);
        if (reply.status() != 200) {
            throw reply.rejected();
        }
        return read(reply, wireType, toDomain);
    }

    public HttpReply post(Object body, String... pathSegments) {
        return exchange("POST", url(pathSegments), body, Map.of());
    }

    /** A POST with query parameters (a list value sent as a repeated parameter). */
    public HttpReply post(Map<String, List<String>> query, Object body, String... pathSegments) {
        HttpUrl.Builder url = url(pathSegments).newBuilder();
        stable(query).forEach((name, values) -> values.forEach(value -> url.addQueryParameter(name, value)));
        return exchange("POST", url.build(), body, Map.of());
    }

    public HttpReply put(Object body, String... pathSegments) {
        return exchange("PUT", url(pathSegments), body, Map.of());
    }

    public HttpReply delete(String... pathSegments) {
        return exchange("DELETE", url(pathSegments), null, Map.of());
    }

    /**
     * A call with extra headers (the DPS alerts API's {@code Source} and {@code Username}); body null for none. A
     * {@code Content-Type} among them is the JSON body's media type (the adjustments API's legacy endpoints take
     * {@code application/vnd.nomis-offence+json}); without one the body is {@code application/json}. A call without a
     * body sends it as a plain header.
     */
    public HttpReply call(String method, Object body, Map<String, String> headers, String... pathSegments) {
        return exchange(method, url(pathSegments), body, headers);
    }

    /**
     * The reply's body read as the wire type and turned into a domain value. A body that is not JSON, or lacks what
     * the domain record requires, is a garbled answer (a proxy's error page, a cut-off body): retryable.
     */
    public <W, T> T read(HttpReply reply, Class<W> wireType, Function<W, T> toDomain) {
        try {
            W wire = mapper.readValue(reply.body(), wireType);
            if (wire == null) {
                throw garbled(reply, "an empty body", null);
            }
            return toDomain.apply(wire);
        } catch (JsonProcessingException e) {
            throw garbled(reply, "an unreadable body", e);
        } catch (NullPointerException | IllegalArgumentException e) {
            // the domain records validate in their compact constructors; a missing required field lands here
            throw garbled(reply, "an incomplete body (" + e.getMessage() + ")", e);
        }
    }

    /** The answer to a create: 200 or 201 read and turned into a domain value, any other answer rejected. */
    public <W, T> T readCreated(HttpReply reply, Class<W> wireType, Function<W, T> toDomain) {
        if (reply.status() != 200 && reply.status() != 201) {
            throw reply.rejected();
        }
        return read(reply, wireType, toDomain);
    }

    private static UpstreamUnavailable garbled(HttpReply reply, String what, Exception cause) {
        return new UpstreamUnavailable(reply.method() + " " + reply.path() + " answered " + reply.status() + " with "
                + what + ": " + HttpReply.excerpt(reply.body()), cause);
    }

    private HttpUrl url(String... pathSegments) {
        HttpUrl.Builder url = base.newBuilder();
        for (String segment : pathSegments) {
            url.addPathSegment(segment); // encodes, so an id can never change the path
        }
        return url.build();
    }

    private HttpReply exchange(String method, HttpUrl url, Object body, Map<String, String> headers) {
        String contentType = headers.get(CONTENT_TYPE);
        RequestBody requestBody = body == null ? null
                : RequestBody.create(toJson(body), contentType == null ? JSON : MediaType.get(contentType));
        String token = tokens == null ? null : tokens.token();
        HttpReply reply = execute(method, url, requestBody, token, headers);
        if (reply.status() == 401 && tokens != null) {
            tokens.invalidate(token);
            reply = execute(method, url, requestBody, tokens.token(), headers);
        }
        if (reply.status() == 401) {
            throw reply.rejected();
        }
        if (reply.status() >= 500) {
            throw new UpstreamUnavailable(method + " " + reply.path() + " answered " + reply.status() + ": "
                    + HttpReply.excerpt(reply.body()));
        }
        return reply;
    }

    private HttpReply execute(String method, HttpUrl url, RequestBody body, String token,
                              Map<String, String> headers) {
        Request.Builder request = new Request.Builder().url(url).method(method, body)
                .header("Accept", "application/json");
        headers.forEach((name, value) -> {
            // a body's media type carries its Content-Type (OkHttp would replace the header with it anyway); a call
            // without a body sends the header as given
            if (value != null && !(body != null && name.equalsIgnoreCase(CONTENT_TYPE))) {
                request.header(name, value);
            }
        });
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return sender.send(request.build());
    }

    private byte[] toJson(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * The parameters in a stable order: as given when the map keeps an order, by name when it does not ({@code Map.of}
     * iterates in an order that changes from one JVM to the next, which made the same call two different URLs).
     */
    private static Map<String, List<String>> stable(Map<String, List<String>> query) {
        return query instanceof java.util.LinkedHashMap || query instanceof java.util.SortedMap
                ? query : new java.util.TreeMap<>(query);
    }
}
