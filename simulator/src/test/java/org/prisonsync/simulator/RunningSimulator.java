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
import org.prisonsync.simulator.visits.VisitsSimulation;

/** A simulator on a dynamic port publishing to in-memory queues, plus a small HTTP client for the tests. */
public final class RunningSimulator implements AutoCloseable {
    public static final String TO_NOMIS = "to-nomis-visits";
    public static final String FROM_NOMIS = "from-nomis-visits";
    private static final MediaType JSON = MediaType.get("application/json");

    public final InMemoryQueues queues;
    public final Simulator simulator;
    public final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build();
    public final ObjectMapper mapper = new ObjectMapper();

    /** An HTTP answer with its body read. */
    public record Answer(int code, String body, ObjectMapper mapper) {
        public Map<String, Object> json() {
            try {
                return mapper.readValue(body, new TypeReference<>() { });
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON object: " + body, e);
            }
        }

        public List<Map<String, Object>> jsonList() {
            try {
                return mapper.readValue(body, new TypeReference<>() { });
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON array: " + body, e);
            }
        }
    }

    public RunningSimulator() {
        this(settings(TO_NOMIS, FROM_NOMIS));
    }

    /** The default settings publishing the visit events to these queues (null: not published). */
    public static SimulatorSettings settings(String toNomisVisits, String fromNomisVisits) {
        return SimulatorSettings.defaults().withQueue(VisitsSimulation.TO_NOMIS_QUEUE, toNomisVisits)
                .withQueue(VisitsSimulation.FROM_NOMIS_QUEUE, fromNomisVisits);
    }

    public RunningSimulator(SimulatorSettings settings) {
        this(settings, new InMemoryQueues(List.of(
                QueueDefinition.withDefaults("tonomis", TO_NOMIS, TO_NOMIS + "-dlq"),
                QueueDefinition.withDefaults("fromnomis", FROM_NOMIS, FROM_NOMIS + "-dlq"))));
    }

    public RunningSimulator(SimulatorSettings settings, InMemoryQueues queues) {
        this.queues = queues;
        simulator = Simulator.start(settings, queues);
    }

    public Answer get(String path) {
        return call(new Request.Builder().url(simulator.baseUrl() + path).get().build(), http);
    }

    public Answer post(String path, String json) {
        return call(new Request.Builder().url(simulator.baseUrl() + path).post(RequestBody.create(json, JSON))
                .build(), http);
    }

    public Answer put(String path, String json) {
        return call(new Request.Builder().url(simulator.baseUrl() + path).put(RequestBody.create(json, JSON))
                .build(), http);
    }

    public Answer delete(String path) {
        return call(new Request.Builder().url(simulator.baseUrl() + path).delete().build(), http);
    }

    public Answer call(Request request, OkHttpClient client) {
        try (Response response = client.newCall(request).execute()) {
            return new Answer(response.code(), response.body().string(), mapper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The notifications waiting on a queue, in order. */
    public List<Notification> notifications(String queue) {
        return queues.messages(queue).stream().map(e -> (Notification) e.envelope()).toList();
    }

    public static String createVisitBody(String startDateTime, String comment) {
        return """
                {"startDateTime":"%s","endTime":"15:00","prisonId":"MDI","visitorPersonIds":[4729570,4729580],
                 "visitType":"SCON","issueDate":"2026-11-20","visitComment":"%s",
                 "visitOrderComment":"DPS booking reference: ab-cd-ef-gh","room":"Visits Main Hall",
                 "openClosedStatus":"OPEN"}""".formatted(startDateTime, comment);
    }

    public long createNomisVisit(String offenderNo, String startDateTime, String comment) {
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
