package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.simulator.activities.ReconciliationDifferences.Planted;

/**
 * Issue 12's reconciliations on the running service over SQS and HTTP: over three simulated prisons with planted
 * differences of every class, the three activities reconciliations report exactly the planted ones, classified,
 * released / transferred / switched-booking labelled and not raised; the attendance reconciliation runs for any date
 * through the same endpoint; the repairs, after a dry run that changes nothing, clear every repairable mismatch and
 * label NOMIS's early pay.
 */
class ActivitiesReconciliationIT {
    private static final List<String> PRISONS = List.of("MDI", "LEI", "BXI");
    /** Sessions are mapped from the day they are created on; tomorrow's is safe whatever the hour. */
    private static final LocalDate DAY = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    static PrisonSyncService service;
    static String base;
    static List<Planted> planted;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        env.put("DEMO_PRISONERS", "false");
        service = PrisonSyncService.start(ServiceConfig.from(env));
        base = "http://127.0.0.1:" + service.port();
        // through the simulator's control API, as the README shows it
        String simulator = service.simulator().orElseThrow().baseUrl();
        assertThat(send("POST", simulator + "/simulator/activities/reconciliation-differences", JSON
                .writeValueAsString(Map.of("prisons", PRISONS, "day", DAY.toString()))).statusCode()).isEqualTo(204);
        ServiceFixture.await("every schedule mapped and the queues quiet", Duration.ofSeconds(60), () ->
                allSchedulesMapped() && quiet());
        HttpResponse<String> diverged = send("POST", simulator
                + "/simulator/activities/reconciliation-differences/diverge", "");
        assertThat(diverged.statusCode()).as(diverged.body()).isEqualTo(200);
        planted = List.of(JSON.readValue(diverged.body(), Planted[].class));
    }

    private static HttpResponse<String> send(String method, String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static boolean allSchedulesMapped() {
        for (int p = 0; p < PRISONS.size(); p++) {
            for (int second = 0; second < 2; second++) {
                if (service.core().mappings().findByDpsId("ACTIVITY", Long.toString(9_000L + p * 10L + second))
                        .isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean quiet() {
        return service.core().queueAdmin().status().stream()
                .allMatch(q -> q.messagesOnQueue() == 0 && q.messagesInFlight() == 0);
    }

    private static String dated(String name) {
        return name.equals("activity-attendances") ? "&date=" + DAY : "";
    }

    private static JsonNode run(String name) throws Exception {
        return call("POST", "/reconciliations/" + name + "/runs?wait=true" + dated(name), 200);
    }

    private static JsonNode mismatches(JsonNode run) throws Exception {
        return call("GET", "/reconciliations/runs/" + run.get("id").asText(), 200).get("mismatches");
    }

    /** "booking difference explanation" of each mismatch. */
    private static Set<String> seen(JsonNode mismatches) {
        Set<String> seen = new HashSet<>();
        mismatches.forEach(m -> seen.add(m.get("key").asText() + " " + m.get("fields").get("difference").asText()
                + " " + (m.get("fields").has("explained") ? m.get("fields").get("explained").asText() : "-")));
        return seen;
    }

    private static Set<String> plantedFor(String name) {
        return planted.stream().filter(p -> p.reconciliation().equals(name))
                .map(p -> p.bookingId() + " " + p.difference() + " " + (p.explanation() == null ? "-"
                        : p.explanation())).collect(Collectors.toSet());
    }

    @Test
    void eachReconciliationReportsExactlyThePlantedDifferencesThenTheRepairsClearTheRepairableOnes() throws Exception {
        for (String name : List.of("activity-allocations", "activity-suspended-allocations",
                "activity-attendances")) {
            JsonNode first = run(name);
            assertThat(first.get("status").asText()).as(name).isEqualTo("COMPLETED");
            JsonNode found = mismatches(first);
            assertThat(seen(found)).as(name).isEqualTo(plantedFor(name));
            long raised = planted.stream().filter(p -> p.reconciliation().equals(name) && p.explanation() == null)
                    .count();
            assertThat(first.get("mismatchCount").asLong()).as(name + " raises only the unexplained").isEqualTo(raised);
            found.forEach(m -> assertThat(m.get("fields").get("offenderNo").asText()).matches("R\\d{4}AA"));

            JsonNode plan = call("POST", "/reconciliations/runs/" + first.get("id").asText() + "/repair?dryRun=true",
                    200);
            assertThat(seen(mismatches(run(name)))).as(name + ": the dry run changed nothing")
                    .isEqualTo(plantedFor(name));
            plan.forEach(result -> assertThat(result.get("outcome").asText()).as(result.toString())
                    .isIn("WOULD_REPAIR", "NOT_REPAIRABLE"));

            JsonNode done = call("POST", "/reconciliations/runs/" + first.get("id").asText() + "/repair?dryRun=false",
                    200);
            Map<String, String> outcomes = new java.util.HashMap<>();
            done.forEach(r -> outcomes.put(r.get("key").asText(), r.get("outcome").asText() + " "
                    + r.get("description").asText()));
            assertThat(outcomes.values()).as(name).noneMatch(o -> o.startsWith("FAILED"));
            JsonNode after = run(name);
            Set<String> left = seen(mismatches(after));
            Set<String> expectedLeft = planted.stream().filter(p -> p.reconciliation().equals(name)
                            && (p.explanation() != null || paidEarly(p)))
                    .map(p -> p.bookingId() + " " + p.difference() + " " + (p.explanation() == null ? "-"
                            : p.explanation())).collect(Collectors.toSet());
            assertThat(left).as(name + " after repair").isEqualTo(expectedLeft);
            planted.stream().filter(p -> p.reconciliation().equals(name) && paidEarly(p)).forEach(p ->
                    assertThat(outcomes.get(Long.toString(p.bookingId()))).startsWith("NOT_REPAIRABLE PAID_EARLY"));
        }
    }

    /** The early-paid attendance: planted on each prison's tenth prisoner. */
    private static boolean paidEarly(Planted p) {
        return p.reconciliation().equals("activity-attendances") && p.bookingId() % 100 == 10;
    }

    @Test
    void theAttendanceReconciliationRunsForYesterdayByDefaultAndForAnyDateAsked() throws Exception {
        JsonNode yesterday = call("POST", "/reconciliations/activity-attendances/runs?wait=true", 200);
        assertThat(yesterday.get("parameters").get("date").asText()).isEqualTo(LocalDate.now(
                ZoneId.of("Europe/London")).minusDays(1).toString());
        assertThat(mismatches(yesterday)).isEmpty();

        JsonNode past = call("POST", "/reconciliations/activity-attendances/runs?wait=true&date=2024-11-03", 200);
        assertThat(past.get("parameters").get("date").asText()).isEqualTo("2024-11-03");
        assertThat(past.get("status").asText()).isEqualTo("COMPLETED");

        assertThat(call("POST", "/reconciliations/activity-attendances/runs?wait=true&date=2024-13-03", 400)
                .get("userMessage").asText()).contains("date");
        assertThat(call("POST", "/reconciliations/activity-allocations/runs?wait=true&date=2024-11-03", 400)
                .get("userMessage").asText()).contains("date");
    }

    private static JsonNode call(String method, String path, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
