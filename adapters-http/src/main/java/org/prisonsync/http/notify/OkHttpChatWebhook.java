package org.prisonsync.http.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.prisonsync.core.notify.ChatWebhook;

/**
 * A Slack-compatible incoming webhook: {@code POST} of {@code {"text": …}}. Its own short timeouts, so a webhook that
 * hangs holds the alerts thread for seconds at most; the URL (a secret: it is the channel's write key) is never logged.
 */
public final class OkHttpChatWebhook implements ChatWebhook {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OkHttpClient client;
    private final HttpUrl url;

    public OkHttpChatWebhook(OkHttpClient shared, String url) {
        this.url = parse(url);
        this.client = shared.newBuilder().callTimeout(Duration.ofSeconds(5)).retryOnConnectionFailure(false).build();
    }

    /** The webhook URL, checked: http or https, else an error naming the variable (not its value). */
    public static HttpUrl parse(String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
        if (parsed == null) {
            throw new IllegalArgumentException("ALERTS_WEBHOOK_URL is not an http(s) URL");
        }
        return parsed;
    }

    @Override
    public void post(String text) {
        String body;
        try {
            body = MAPPER.writeValueAsString(Map.of("text", text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an alert could not be written as JSON", e);
        }
        Request request = new Request.Builder().url(url).post(RequestBody.create(body, JSON)).build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException("the alerts webhook answered " + response.code());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the alerts webhook could not be reached: " + e.getMessage(), e);
        }
    }
}
