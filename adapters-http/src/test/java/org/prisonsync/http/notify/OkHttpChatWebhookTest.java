package org.prisonsync.http.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class OkHttpChatWebhookTest {
    @StartStop
    public final MockWebServer chat = new MockWebServer();

    @Test
    void anAlertIsPostedAsSlackCompatibleJsonText() throws Exception {
        chat.enqueue(new MockResponse.Builder().code(200).body("ok").build());

        new OkHttpChatWebhook(new OkHttpClient(), chat.url("/services/T/B/x").toString()).post("1 × \"dead\" letter");

        RecordedRequest request = chat.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/services/T/B/x");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(new ObjectMapper().readTree(request.getBody().utf8()).get("text").asText())
                .isEqualTo("1 × \"dead\" letter");
    }

    @Test
    void aRefusedPostFailsWithTheStatusButNotTheSecretUrl() {
        chat.enqueue(new MockResponse.Builder().code(500).build());
        OkHttpChatWebhook webhook = new OkHttpChatWebhook(new OkHttpClient(), chat.url("/secret-key").toString());

        assertThatThrownBy(() -> webhook.post("x")).hasMessageContaining("500").hasMessageNotContaining("secret-key");
    }

    @Test
    void aUrlThatIsNotHttpIsRefusedAtStartNamingTheVariableNotTheValue() {
        assertThatThrownBy(() -> OkHttpChatWebhook.parse("ftp://chat/secret-key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ALERTS_WEBHOOK_URL is not an http(s) URL");
        assertThatThrownBy(() -> OkHttpChatWebhook.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
