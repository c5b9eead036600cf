package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.simulator.Simulator;

/**
 * The service's real responses, every documented route and status we can provoke, validated against our OpenAPI
 * document (openapi-specs): the document cannot drift from what the service answers.
 */
class ServiceApiContractIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static ServiceConfig config;
    static OpenApiInteractionValidator validator;

    @BeforeAll
    static void start() throws IOException {
        java.util.Map<String, String> env = ServiceFixture.embeddedEnv(data);
        // A cancelled migration ends within seconds (production purges for 20 s, then checks ten times).
        env.put("MIGRATION_CANCEL_PURGE_TOTAL_MS", "500");
        env.put("MIGRATION_COMPLETE_CHECK_RETRY_MS", "100");
        env.put("MIGRATION_COMPLETE_CHECK_COUNT", "2");
        config = ServiceConfig.from(env);
        service = PrisonSyncService.start(config);
        try (InputStream in = ServiceApiContractIT.class.getResourceAsStream("/openapi/prison-sync-service.yaml")) {
            validator = OpenApiInteractionValidator
                    .createForInlineApiSpecification(new String(in.readAllBytes(), StandardCharsets.UTF_8)).build();
        }
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void theValidatorRejectsAResponseTheDocumentDoesNotAllow() {
        ValidationReport report = validator.validateResponse("/health/ping", Request.Method.GET,
                SimpleResponse.Builder.status(200).withContentType("application/json")
                        .withBody("{\"status\":\"MAYBE\"}").build());
        assertThat(report.getMessages()).isNotEmpty();
    }

    @Test
    void healthAndInfoMatchTheDocument() {
        valid("GET", "/health", 200);
        valid("GET", "/health/ping", 200);
        valid("GET", "/health/liveness", 200);
        valid("GET", "/health/readiness", 200);
        valid("GET", "/info", 200);
        valid("GET", "/metrics", 200);
    }

    @Test
    void queueAdminMatchesTheDocument() {
        String dlq = config.toNomisVisits().dlqName();
        valid("GET", "/queue-admin/get-dlq-messages/" + dlq + "?maxMessages=10", 200);
        valid("PUT", "/queue-admin/retry-dlq/" + dlq, 200);
        valid("PUT", "/queue-admin/retry-all-dlqs", 200);
        valid("PUT", "/queue-admin/purge-queue/" + dlq, 200);
        valid("GET", "/queue-admin/get-dlq-messages/unknown-dlq", 404);
        valid("PUT", "/queue-admin/purge-queue/unknown-queue", 404);
    }

    @Test
    void visitRepairsAndMappingsMatchTheDocument() {
        Simulator simulator = service.simulator().orElseThrow();
        simulator.dpsVisits().book(ServiceFixture.dpsVisit("contract-1", 7001));
        ServiceFixture.await("mapping", Duration.ofSeconds(30),
                () -> service.core().mappings().findByDpsId("VISIT", "contract-1").isPresent());
        String nomisId = service.core().mappings().findByDpsId("VISIT", "contract-1").orElseThrow().nomisId();

        valid("POST", "/prisoners/A7001BC/visits/resynchronise/contract-1?dryRun=true", 200);
        valid("POST", "/prisoners/A7001BC/visits/resynchronise/no-such-visit?dryRun=true", 404);
        valid("PUT", "/prisoners/A7001BC/visits/" + nomisId + "/cancel-duplicate?dryRun=true", 409);
        valid("PUT", "/prisoners/A7001BC/visits/999999/cancel-duplicate?dryRun=true", 404);
        valid("GET", "/mappings/VISIT/dps-id/contract-1", 200);
        valid("GET", "/mappings/VISIT/nomis-id/" + nomisId, 200);
        valid("GET", "/mappings/VISIT/prisoner/A7001BC", 200);
        valid("GET", "/mapping/visits/vsipId/contract-1", 200);
        valid("GET", "/mapping/visits/nomisId/" + nomisId, 200);
        valid("GET", "/mappings/VISIT/dps-id/none", 404);
    }

    @Test
    void migrationEndpointsMatchTheDocument() throws Exception {
        valid("POST", "/migrate/visits/preview", 200);
        valid("POST", "/migrate/visits", 400, "{\"fromDateTime\":\"2026-02-01T00:00:00\","
                + "\"toDateTime\":\"2026-01-01T00:00:00\"}");
        String started = valid("POST", "/migrate/visits", 202, "{\"prisonIds\":[\"MDI\"]}");
        String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(started).get("migrationId").asText();
        valid("POST", "/migrate/visits", 409, "{}");
        valid("GET", "/migrate/history/active/VISITS", 200);
        valid("GET", "/migrate/history/" + id, 200);
        valid("GET", "/migrate/history/2001-01-01T00:00:00", 404);
        valid("GET", "/migrate/history/all/VISITS?includeOnlyFailures=false&prisonId=MDI", 200);
        valid("GET", "/migrate/history/all/NOPE", 404);
        valid("POST", "/migrate/refresh/" + id, 400);
        valid("POST", "/migrate/refresh/2001-01-01T00:00:00", 404);
        valid("GET", "/migrate/failures/" + id, 200);
        valid("GET", "/migrate/failures/2001-01-01T00:00:00", 404);
        valid("POST", "/migrate/cancel/" + id, 202);
        valid("POST", "/migrate/cancel/2001-01-01T00:00:00", 404);
        ServiceFixture.await("the cancel to finish", Duration.ofSeconds(60),
                () -> service.core().migrations().active("VISITS").isEmpty());
        valid("POST", "/migrate/cancel/" + id, 409);
        valid("GET", "/migrate/history/active/VISITS", 200);
        valid("GET", "/migrate/dead-letter-queue/VISITS", 200);
        valid("GET", "/migrate/dead-letter-queue/VISITS/count", 200);
        valid("DELETE", "/migrate/dead-letter-queue/VISITS", 200);
        valid("GET", "/migrate/dead-letter-queue/NOPE", 404);
        valid("GET", "/migrate/visits/rooms/usage?prisonIds=MDI&visitTypes=SCON", 200);
        valid("POST", "/migrate/visits/rooms/mappings/MDI", 201,
                "{\"nomisRoomDescription\":\"MDI-VISITS-SOC_VIS\",\"vsipId\":\"VMH\",\"isOpen\":true}");
        valid("POST", "/migrate/visits/rooms/mappings/MDI", 409,
                "{\"nomisRoomDescription\":\"MDI-VISITS-SOC_VIS\",\"vsipId\":\"VMH\",\"isOpen\":true}");
        valid("POST", "/migrate/visits/rooms/mappings/MDI", 400, "{\"vsipId\":\"VMH\"}");
        valid("GET", "/migrate/visits/rooms/mappings/MDI", 200);
        valid("DELETE", "/migrate/visits/rooms/mappings/MDI/MDI-VISITS-SOC_VIS", 204);
        valid("DELETE", "/migrate/visits/rooms/mappings/MDI/MDI-VISITS-SOC_VIS", 404);
    }

    @Test
    void migrationDuplicateRepairMatchesTheDocument() {
        Simulator simulator = service.simulator().orElseThrow();
        simulator.dpsVisits().book(ServiceFixture.dpsVisit("cd-ab-ab-ab", 7002));
        ServiceFixture.await("mapping", Duration.ofSeconds(30),
                () -> service.core().mappings().findByDpsId("VISIT", "cd-ab-ab-ab").isPresent());
        String nomisId = service.core().mappings().findByDpsId("VISIT", "cd-ab-ab-ab").orElseThrow().nomisId();

        valid("DELETE", "/migrate/visits/" + nomisId + "/duplicates/cd-ab-ab-ab?dryRun=true", 409);
        valid("DELETE", "/migrate/visits/" + nomisId + "/duplicates/zz-zz-zz-zz?dryRun=true", 404);
        valid("DELETE", "/migrate/visits/12a/duplicates/cd-ab-ab-ab?dryRun=true", 400);
        valid("DELETE", "/migrate/visits/" + nomisId + "/duplicates/NOT_A_REFERENCE?dryRun=true", 400);
    }

    private static String valid(String method, String pathAndQuery, int expectedStatus, String body)
            throws Exception {
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + service.port()
                                + pathAndQuery)).header("Content-Type", "application/json")
                        .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        check(method, pathAndQuery, expectedStatus, response);
        return response.body();
    }

    private static void valid(String method, String pathAndQuery, int expectedStatus) {
        HttpResponse<String> response = ServiceFixture.http(method, "http://127.0.0.1:" + service.port()
                + pathAndQuery);
        check(method, pathAndQuery, expectedStatus, response);
    }

    private static void check(String method, String pathAndQuery, int expectedStatus, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(method + " " + pathAndQuery + ": " + response.body())
                .isEqualTo(expectedStatus);
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?'))
                : pathAndQuery;
        SimpleResponse.Builder actual = SimpleResponse.Builder.status(response.statusCode())
                .withBody(response.body());
        response.headers().firstValue("content-type").ifPresent(actual::withContentType);
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), actual.build());
        assertThat(report.getMessages()).as(method + " " + path).isEmpty();
    }
}
