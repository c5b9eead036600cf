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
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.incentives.IncentivesDomain;
import org.prisonsync.core.message.Notification;
import org.prisonsync.simulator.Simulator;
import org.prisonsync.simulator.incentives.DpsReview;
import org.prisonsync.simulator.incentives.IncentiveGenerator;
import org.prisonsync.simulator.incentives.IncentiveLevel;
import org.prisonsync.simulator.incentives.IncentivesSimulation;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;

/**
 * Issue 11, done-when 3, on the running service over SQS and HTTP: a DPS review reaches NOMIS once with its mapping
 * under redelivery; a level change reaches NOMIS's reference data; the reconciliation of 10,000 simulated prisoners
 * reports exactly the planted mismatches with the side likely wrong, its dry-run repair changes nothing, and after
 * the repair (and exclusion of what only a person can settle) the next run reports none; runs are readable.
 */
class IncentivesEndToEndIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static Simulator simulator;
    static IncentivesSimulation incentives;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        env.put("DEMO_PRISONERS", "false");
        service = PrisonSyncService.start(ServiceConfig.from(env));
        simulator = service.simulator().orElseThrow();
        incentives = simulator.domain(IncentivesSimulation.class);
        base = "http://127.0.0.1:" + service.port();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aDpsReviewReachesNomisOnceWithItsMappingEvenWhenTheEventIsDeliveredAgain() {
        long booking = simulator.domain(PrisonersSimulation.class).admit("R1000RR");
        DpsReview review = incentives.dps().createReview("R1000RR", booking, "ENH", LocalDateTime.now().withNano(0),
                "MDI", "good behaviour", "DPS_USER", "USER_CREATED_DPS");
        ServiceFixture.await("the review mapped to a NOMIS IEP", Duration.ofSeconds(30), () ->
                service.core().mappings().findByDpsId("INCENTIVE", Long.toString(review.id())).isPresent());

        // the same event again, as SQS may deliver it: nothing more may be written
        service.messageQueue().send(service.core().queues().byId(IncentivesDomain.TO_NOMIS.id()).queueName(),
                reviewInserted(review));
        ServiceFixture.await("quiet queues", Duration.ofSeconds(30), IncentivesEndToEndIT::quiet);

        assertThat(incentives.nomis().ieps(booking)).singleElement()
                .satisfies(iep -> assertThat(iep.levelCode()).isEqualTo("ENH"));
        assertThat(service.core().mappings().findByPrisoner("INCENTIVE", "R1000RR")).hasSize(1);
    }

    @Test
    void aGlobalLevelChangeInDpsReachesNomisReferenceData() {
        incentives.dps().putLevel(new IncentiveLevel("EN2", "Enhanced 2 (renamed)", true, false));

        ServiceFixture.await("NOMIS's EN2 renamed", Duration.ofSeconds(30), () ->
                incentives.nomis().code("EN2").map(c -> c.description().equals("Enhanced 2 (renamed)"))
                        .orElse(false));
    }

    @Test
    void tenThousandPrisonersReconciledRepairedAndReconciledAgain() throws Exception {
        IncentiveGenerator.Generated generated = incentives.generate(10_000, 11, 40);
        Map<String, String> planted = new HashMap<>();
        generated.mismatches().forEach(m -> planted.put(m.prisonerNumber(), m.likelyWrong()));

        JsonNode first = call("POST", "/reconciliations/incentives/runs?wait=true", null, 200);
        assertThat(first.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(first.get("checked").asLong()).isGreaterThanOrEqualTo(10_000);
        String runId = first.get("id").asText();

        JsonNode shown = call("GET", "/reconciliations/runs/" + runId, null, 200);
        Map<String, String> reported = new HashMap<>();
        shown.get("mismatches").forEach(m -> reported.put(m.get("key").asText(), m.get("likelySide").asText()));
        assertThat(reported).isEqualTo(planted);
        assertThat(call("GET", "/reconciliations/incentives/runs", null, 200).get(0).get("id").asText())
                .isEqualTo(runId);

        int iepsBefore = incentives.nomis().bookingsWithIeps();
        JsonNode plan = call("POST", "/reconciliations/runs/" + runId + "/repair?dryRun=true", null, 200);
        assertThat(plan).hasSize(planted.size());
        assertThat(incentives.nomis().bookingsWithIeps()).isEqualTo(iepsBefore);
        assertThat(call("POST", "/reconciliations/incentives/runs?wait=true", null, 200).get("mismatchCount")
                .asLong()).isEqualTo(planted.size());

        JsonNode repaired = call("POST", "/reconciliations/runs/" + runId + "/repair?dryRun=false", null, 200);
        // a prisoner DPS holds no review for is DPS's to settle: a person decides, and excludes it meanwhile
        for (JsonNode result : repaired) {
            if (result.get("outcome").asText().equals("NOT_REPAIRABLE")) {
                assertThat(planted.get(result.get("key").asText())).isEqualTo("DPS");
                call("PUT", "/reconciliations/incentives/exclusions/" + result.get("key").asText(),
                        Map.of("reason", "no DPS review: raised with the incentives team"), 200);
            } else {
                assertThat(result.get("outcome").asText()).isEqualTo("REPAIRED");
            }
        }
        JsonNode last = call("POST", "/reconciliations/incentives/runs?wait=true", null, 200);
        assertThat(last.get("mismatchCount").asLong()).isZero();
    }

    @Test
    void badInputsToTheNewRoutesAreJsonProblemsAndChangeNothing() throws Exception {
        assertThat(call("POST", "/reconciliations/nonesuch/runs?wait=true", null, 404).get("userMessage").asText())
                .contains("no reconciliation is called 'nonesuch'");
        assertThat(call("GET", "/reconciliations/runs/not-a-run", null, 404).get("status").asInt()).isEqualTo(404);
        assertThat(call("GET", "/reconciliations/incentives/runs?limit=0", null, 400).get("userMessage").asText())
                .contains("limit");
        assertThat(call("GET", "/reconciliations/incentives/runs?limt=5", null, 400).get("userMessage").asText())
                .contains("limt");
        assertThat(call("POST", "/reconciliations/incentives/runs?wait=yes", null, 400).get("userMessage").asText())
                .contains("wait");
        assertThat(call("PUT", "/reconciliations/incentives/exclusions/A1234BC", Map.of("reason", "x", "extra", 1),
                400).get("userMessage").asText()).contains("extra");
        assertThat(call("POST", "/incentives/prisoner/NOT-A-PRISONER/repair?dryRun=true", null, 400)
                .get("developerMessage").asText()).doesNotContain("java.").doesNotContain("Exception");
        assertThat(call("POST", "/incentives/prisoner/A1234BC/repair?dryRun=1", null, 400).get("userMessage")
                .asText()).contains("dryRun");
        // the refused exclusion was not half-written
        assertThat(call("GET", "/reconciliations/incentives/exclusions", null, 200))
                .noneMatch(e -> e.get("key").asText().equals("A1234BC"));
    }

    private static Notification reviewInserted(DpsReview review) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", review.id());
        info.put("nomsNumber", review.prisonerNumber());
        info.put("reason", "USER_CREATED_DPS");
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", "incentives.iep-review.inserted");
        message.put("version", "1.0");
        message.put("occurredAt", java.time.OffsetDateTime.now().toString());
        message.put("additionalInformation", info);
        return new Notification(UUID.randomUUID().toString(), "incentives.iep-review.inserted", message);
    }

    private static boolean quiet() {
        return service.core().queueAdmin().status().stream()
                .allMatch(q -> q.messagesOnQueue() == 0 && q.messagesInFlight() == 0);
    }

    private static JsonNode call(String method, String path, Object body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
