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
        config = ServiceConfig.from(ServiceFixture.embeddedEnv(data));
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

    private static void valid(String method, String pathAndQuery, int expectedStatus) {
        HttpResponse<String> response = ServiceFixture.http(method, "http://127.0.0.1:" + service.port()
                + pathAndQuery);
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
