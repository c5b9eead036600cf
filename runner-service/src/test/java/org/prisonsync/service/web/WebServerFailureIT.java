package org.prisonsync.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.wiring.Json;
import org.prisonsync.service.LogCapture;
import org.prisonsync.service.RawHttp;

/** A fault inside a handler: a 500 JSON problem that tells the caller nothing of it, and an ERROR with the stack. */
class WebServerFailureIT {

    @Test
    void anUnexpectedFailureIsAJson500WithoutItsClassOrMessageAndIsLoggedWithItsStack() throws Exception {
        Routes failing = routes -> routes.get("/fails", ctx -> {
            throw new IllegalStateException("secret detail from com.example.Internal");
        });
        try (LogCapture logs = new LogCapture();
             WebServer server = WebServer.start("127.0.0.1", 0, Json.mapper(), List.of(failing))) {
            RawHttp.Answer answer = RawHttp.send(server.port(), RawHttp.request("GET", "/fails", null, null));

            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.header("Content-Type")).startsWith("application/json");
            JsonNode problem = new ObjectMapper().readTree(answer.body());
            assertThat(problem.get("status").asInt()).isEqualTo(500);
            assertThat(problem.get("userMessage").asText()).isNotBlank();
            assertThat(problem.get("developerMessage").asText()).contains("GET /fails");
            assertThat(answer.body()).doesNotContain("IllegalState", "secret", "com.example", "Exception");
            assertThat(logs.atLeast(Level.ERROR, "org.prisonsync.service.web")).singleElement()
                    .satisfies(e -> assertThat(e.getThrowableProxy().getMessage()).contains("secret detail"));
        }
    }
}
