package org.prisonsync.simulator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;

/** A simulator on a dynamic port publishing to in-memory queues, plus a small HTTP client for the tests. */
final class RunningSimulator implements AutoCloseable {
    static final String TO_NOMIS = "to-nomis-visits";
    static final String FROM_NOMIS = "from-nomis-visits";
    private static final MediaType JSON = MediaType.get("application/json");

    final InMemoryQueues queues;
    final Simulator simulator;
    final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build();
    final ObjectMapper mapper = new ObjectMapper();

    /** An HTTP answer with its body read. */
    record Answer(int code, String body, ObjectMapper mapper) {
        Map<String, Object> json() {
            try {
                return mapper.readValue(body, new TypeReference<>() { });
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON object: " + body, e);
            }
        }

        List<Map<String, Object>> jsonList() {
            try {
                return mapper.readValue(body, new TypeReference<>() { });
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON array: " + body, e);
            }
        }
    }

    RunningSimulator() {
        this(SimulatorSettings.defaults(TO_NOMIS, FROM_NOMIS));
    }

    RunningSimulator(SimulatorSettings settings) {
        this(settings, new InMemoryQueues(List.of(
                QueueDefinition.withDefaults("tonomis", TO_NOMIS, TO_NOMIS + "-dlq"),
                QueueDefinition.withDefaults("fromnomis", FROM_NOMIS, FROM_NOMIS + "-dlq"))));
    }

    RunningSimulator(SimulatorSettings settings, InMemoryQueues queues) {
        this.queues = queues;
        simulator = Simulator.start(settings, queues);
    }

    Answer get(String path) {
        return call(new Request.Builder().url(simulator.baseUrl() + path).get().build(), http);
    }

    Answer post(String path, String json) {
        return call(new Request.Builder().url(simulator.baseUrl() + path).post(RequestBody.create(json, JSON))
                .build(), http);
    }

    Answer put(String path, String json) {
        return call(new Request.Builder().url(simulator.baseUrl() + path).put(RequestBody.create(json, JSON))
                .build(), http);
    }

    Answer delete(String path) {
        return call(new Request.Builder().url(simulator.baseUrl() + path).delete().build(), http);
    }

    Answer call(Request request, OkHttpClient client) {
        try (Response response = client.newCall(request).execute()) {
            return new Answer(response.code(), response.body().string(), mapper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The notifications waiting on a queue, in order. */
    List<Notification> notifications(String queue) {
        return queues.messages(queue).stream().map(e -> (Notification) e.envelope()).toList();
    }

    static String createVisitBody(String startDateTime, String comment) {
        return """
                {"startDateTime":"%s","endTime":"15:00","prisonId":"MDI","visitorPersonIds":[4729570,4729580],
                 "visitType":"SCON","issueDate":"2026-11-20","visitComment":"%s",
                 "visitOrderComment":"DPS booking reference: ab-cd-ef-gh","room":"Visits Main Hall",
                 "openClosedStatus":"OPEN"}""".formatted(startDateTime, comment);
    }

    long createNomisVisit(String offenderNo, String startDateTime, String comment) {
        Answer created = post("/prisoners/" + offenderNo + "/visits", createVisitBody(startDateTime, comment));
        if (created.code() != 201) {
            throw new IllegalStateException("create failed: " + created);
        }
        return ((Number) created.json().get("visitId")).longValue();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
