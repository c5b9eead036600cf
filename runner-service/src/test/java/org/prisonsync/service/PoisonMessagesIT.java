package org.prisonsync.service;

import org.prisonsync.core.visits.VisitsDomain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.sqs.SqsAdapters;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * Done-when 3: a malformed message, an unknown event type and an event missing its reference each end where design §3
 * says, with the reason visible through the upstream-compatible queue-admin API; retry-dlq puts them back.
 */
class PoisonMessagesIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static ServiceConfig config;
    static RecordingTelemetry telemetry = new RecordingTelemetry();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        config = ServiceConfig.from(ServiceFixture.embeddedEnv(data));
        service = PrisonSyncService.start(config, telemetry);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void poisonGoesToTheDlqWithItsReasonAndUnknownTypesAreAcknowledged() throws Exception {
        String queue = config.queue(VisitsDomain.TO_NOMIS).queueName();
        String dlq = config.queue(VisitsDomain.TO_NOMIS).dlqName();
        try (SqsClient sqs = SqsAdapters.client(config.sqs())) {
            String url = sqs.getQueueUrl(GetQueueUrlRequest.builder().queueName(queue).build()).queueUrl();
            send(sqs, url, "this is not JSON");
            send(sqs, url, notification("{\"eventType\":\"prison-visit.booked\",\"prisonerId\":\"A1234BC\","
                    + "\"additionalInformation\":{}}"));
            send(sqs, url, notification("{\"eventType\":\"some.unknown.event\"}"));
        }
        ServiceFixture.await("two messages on the DLQ, the unknown type acknowledged", Duration.ofSeconds(30),
                () -> dlqCount(dlq) == 2 && telemetry.count("unknown-event-ignored") == 1);

        JsonNode found = JSON.readTree(get("/queue-admin/get-dlq-messages/" + dlq).body());
        assertThat(found.get("messagesFoundCount").asInt()).isEqualTo(2);
        List<String> reasons = new ArrayList<>();
        found.get("messages").forEach(m -> reasons.add(m.get("failureReason").asText()));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("malformed").contains("not JSON"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("additionalInformation.reference"));
        assertThat(telemetry.count("MALFORMED-sent-to-dlq")).isEqualTo(1);
        assertThat(telemetry.count("prison-visit.booked-sent-to-dlq")).isEqualTo(1);

        HttpResponse<String> retried = ServiceFixture.http("PUT", base() + "/queue-admin/retry-dlq/" + dlq);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(retried.body()).get("messagesFoundCount").asInt()).isEqualTo(2);
        // Back on the queue they are handled again and, still poison, dead-lettered again: nothing is lost.
        ServiceFixture.await("retried messages handled again", Duration.ofSeconds(30),
                () -> telemetry.count("MALFORMED-sent-to-dlq") == 2 && dlqCount(dlq) == 2);
    }

    @Test
    void unknownQueueNamesAre404() {
        assertThat(ServiceFixture.http("PUT", base() + "/queue-admin/retry-dlq/no-such-dlq").statusCode())
                .isEqualTo(404);
        assertThat(get("/queue-admin/get-dlq-messages/no-such-dlq").statusCode()).isEqualTo(404);
    }

    @Test
    void healthReportsEveryQueueWithUpstreamFieldNames() throws Exception {
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode details = JSON.readTree(health.body()).at("/components/tonomisvisits-health/details");
        assertThat(details.get("queueName").asText()).isEqualTo(config.queue(VisitsDomain.TO_NOMIS).queueName());
        assertThat(details.get("dlqName").asText()).isEqualTo(config.queue(VisitsDomain.TO_NOMIS).dlqName());
        assertThat(details.get("dlqStatus").asText()).isEqualTo("UP");
        assertThat(details.has("messagesOnQueue") && details.has("messagesInFlight") && details.has("messagesOnDlq"))
                .isTrue();
        assertThat(JSON.readTree(get("/health/ping").body()).get("status").asText()).isEqualTo("UP");
        JsonNode info = JSON.readTree(get("/info").body());
        assertThat(info.at("/build/name").asText()).isEqualTo("prison-sync");
        assertThat(info.get("event-types").toString()).contains("prison-visit.booked", "VISIT_CANCELLED");
    }

    private static int dlqCount(String dlq) {
        try {
            return JSON.readTree(get("/queue-admin/get-dlq-messages/" + dlq).body()).get("messagesFoundCount").asInt();
        } catch (Exception e) {
            return -1;
        }
    }

    private static HttpResponse<String> get(String path) {
        return ServiceFixture.http("GET", base() + path);
    }

    private static String base() {
        return "http://127.0.0.1:" + service.port();
    }

    private static String notification(String inner) throws Exception {
        return JSON.writeValueAsString(Map.of("Type", "Notification", "MessageId", java.util.UUID.randomUUID().toString(),
                "Message", inner));
    }

    private static void send(SqsClient sqs, String url, String body) {
        sqs.sendMessage(SendMessageRequest.builder().queueUrl(url).messageBody(body).build());
    }
}
