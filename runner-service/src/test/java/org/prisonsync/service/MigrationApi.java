package org.prisonsync.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The {@code /migrate} endpoints of a running service, as an operator's script would call them. */
final class MigrationApi {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;

    MigrationApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** One answer: status and body (parsed when it is JSON). */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Answer call(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json").method(method, publisher).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a visits migration and returns its id; fails unless the service answers 202. */
    String start(Object filter) {
        Answer answer = call("POST", "/migrate/visits", filter);
        if (answer.status() != 202) {
            throw new AssertionError("start answered " + answer.status() + ": " + answer.body());
        }
        return answer.json().get("migrationId").asText();
    }

    JsonNode history(String migrationId) {
        return call("GET", "/migrate/history/" + migrationId, null).json();
    }

    /** Waits until the run has ended (any status but STARTED and CANCELLED_REQUESTED) and returns its history. */
    JsonNode awaitEnd(String migrationId, Duration timeout) {
        ServiceFixture.await("migration " + migrationId + " to end", timeout, () -> {
            String status = history(migrationId).get("status").asText();
            return !status.equals("STARTED") && !status.equals("CANCELLED_REQUESTED");
        });
        return history(migrationId);
    }
}
