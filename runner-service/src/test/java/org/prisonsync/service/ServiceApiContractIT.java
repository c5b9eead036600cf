package org.prisonsync.service;

import org.prisonsync.core.visits.VisitsDomain;
import org.prisonsync.core.movements.MovementsDomain;
import org.prisonsync.core.alerts.AlertsDomain;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.DpsAlertRequest;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.movements.BookingMovement;
import org.prisonsync.core.testing.MovementEvents;
import org.prisonsync.service.security.Access;
import org.prisonsync.service.security.Roles;
import org.prisonsync.simulator.Simulator;

/**
 * The service's real responses, every documented route and status we can provoke, validated against our OpenAPI
 * document (openapi-specs): the document cannot drift from what the service answers. The document lists exactly the
 * routes the server registers, and every one but the open ones requires the bearer token.
 */
class ServiceApiContractIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static ServiceConfig config;
    static OpenApiInteractionValidator validator;
    static String spec;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        java.util.Map<String, String> env = ServiceFixture.embeddedEnv(data);
        // A cancelled migration ends within seconds (production purges for 20 s, then checks ten times).
        env.put("MIGRATION_CANCEL_PURGE_TOTAL_MS", "500");
        env.put("MIGRATION_COMPLETE_CHECK_RETRY_MS", "100");
        env.put("MIGRATION_COMPLETE_CHECK_COUNT", "2");
        config = ServiceConfig.from(env);
        service = PrisonSyncService.start(config);
        // The document as served: the static one plus the entries generated from operation descriptors.
        spec = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://127.0.0.1:" + service.port() + "/openapi.yaml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec).build();
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
        String dlq = config.queue(VisitsDomain.TO_NOMIS).dlqName();
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
        valid("POST", "/prisoners/Z9999ZZ/visits/resynchronise/contract-1?dryRun=true", 409);
        valid("POST", "/prisoners/A7001BC/visits/resynchronise/contract-1?dryRun=yes", 400);
        valid("PUT", "/prisoners/A7001BC/visits/999999/cancel-duplicate?dryRun=1", 400);
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
    void unmatchedMovementsMatchTheDocument() {
        valid("GET", "/reconciliation/movements/unmatched", 200);
        valid("GET", "/reconciliation/movements/unmatched?from=2026-01-01&to=2026-01-02T00:00:00Z", 200);
        valid("GET", "/reconciliation/movements/unmatched?from=2026-02-01&to=2026-01-01", 400);
        valid("GET", "/reconciliation/movements/unmatched?from=yesterday", 400);
    }

    @Test
    void refusedBodiesMatchTheDocument() throws Exception {
        valid("POST", "/migrate/visits/preview", 400);
        valid("POST", "/migrate/visits/preview", 400, "{\"prisonIds\":\"LEI\"}");
        valid("POST", "/migrate/visits", 400, "{\"prisonId\":\"LEI\"}");
        valid("POST", "/migrate/visits", 400, "[]");
        validAs("POST", "/migrate/visits", 415, "application/xml", "<prisonIds>LEI</prisonIds>");
        validAs("POST", "/migrate/visits/preview", 415, "text/plain", "{}");
        valid("POST", "/migrate/visits/rooms/mappings/MDI", 400,
                "{\"nomisRoomDescription\":{\"a\":1},\"vsipId\":[1],\"isOpen\":\"maybe\"}");
        validAs("POST", "/migrate/visits/rooms/mappings/MDI", 415, "application/x-www-form-urlencoded",
                "nomisRoomDescription=A&vsipId=B");
        valid("GET", "/migrate/history/all/VISITS?includeOnlyFailures=maybe", 400);
    }

    @Test
    void migrationEndpointsMatchTheDocument() throws Exception {
        valid("POST", "/migrate/visits/preview", 200, "{}");
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
    void reconciliationAndAlertRepairsMatchTheDocument() throws Exception {
        Simulator simulator = service.simulator().orElseThrow();
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.SECONDS);
        simulator.prisonMovements().add(800_101, new BookingMovement(1, "MDI", "OUT", "REL", "OUT", now, "CR", now,
                null));
        service.messageQueue().send(config.queue(MovementsDomain.QUEUE).queueName(),
                MovementEvents.externalMovement("U0101AA", 800_101, 1, "REL", "CR", "OUT", now));
        ServiceFixture.await("the unmatched release", Duration.ofSeconds(30),
                () -> !service.core().domain(MovementsDomain.class).queries().ofPrisoner("U0101AA").isEmpty());
        InMemoryAlertsDpsApi dps = simulator.dpsAlerts();
        simulator.nomisAlerts().newBooking("A0101AA", false);
        simulator.activePrisoners().add("A0101AA");
        DpsAlert first = dps.createByDpsUser("A0101AA", new DpsAlertRequest("HPI", "once", "O", LocalDate.now(), null),
                "DPS_USER");
        ServiceFixture.await("the first alert mapped", Duration.ofSeconds(30),
                () -> service.core().mappings().findByDpsId("ALERT", first.alertUuid()).isPresent());
        DpsAlert twice = dps.createByDpsUser("A0101AA", new DpsAlertRequest("HPI", "twice", "O", LocalDate.now(),
                null), "DPS_USER");
        ServiceFixture.await("the double submit reported", Duration.ofSeconds(30),
                () -> !service.core().domain(AlertsDomain.class).repairs().duplicates("A0101AA").isEmpty());

        String window = "?from=" + now.minusHours(1) + "&to=" + now.plusHours(1) + "&dryRun=true";
        assertThat(valid("GET", "/reconciliation/housekeeping" + window, 200, null, "text/plain"))
                .startsWith("Dry run");
        assertThat(valid("GET", "/reconciliation/housekeeping" + window, 200, null, "application/json"))
                .contains("U0101AA");
        valid("GET", "/reconciliation/housekeeping?from=yesterday", 400);
        assertThat(valid("GET", "/reconciliation/movements/unmatched", 200, null, null)).contains("U0101AA");
        valid("GET", "/reconciliation/movements/unmatched?to=now", 400);
        assertThat(valid("GET", "/reconciliation/movements/prisoner/U0101AA", 200, null, null)).contains("REL");
        assertThat(valid("POST", "/reconciliation/alerts", 200, null, null)).contains("A0101AA");
        assertThat(valid("GET", "/prisoners/A0101AA/alerts/duplicates", 200, null, null))
                .contains(twice.alertUuid());
        valid("POST", "/prisoners/A0101AA/alerts/resynchronise?dryRun=true", 200);
        valid("POST", "/prisoners/A0101AA/alerts/resynchronise-to-nomis?dryRun=true", 200);
        valid("DELETE", "/alerts/" + twice.alertUuid() + "/duplicate?dryRun=true", 200);
        valid("DELETE", "/alerts/" + first.alertUuid() + "/duplicate?dryRun=true", 409);
        valid("DELETE", "/alerts/no-such-alert/duplicate?dryRun=true", 404);
    }

    @Test
    void everyRouteTheServiceServesIsDocumentedAndEveryDocumentedRouteIsServed() {
        Set<String> served = service.routes().stream().map(r -> r.method() + " " + template(r.path()))
                .collect(Collectors.toSet());
        Set<String> documented = document().getPaths().entrySet().stream()
                .flatMap(p -> p.getValue().readOperationsMap().keySet().stream()
                        .map(m -> m.name() + " " + template(p.getKey())))
                .collect(Collectors.toSet());
        assertThat(served).as("served").hasSizeGreaterThan(30);
        assertThat(difference(served, documented)).as("served but not documented").isEmpty();
        assertThat(difference(documented, served)).as("documented but not served").isEmpty();
    }

    @Test
    void everyDocumentedRouteButTheOpenOnesRequiresABearerJwt() {
        OpenAPI document = document();
        SecurityScheme scheme = document.getComponents().getSecuritySchemes().get("bearer-jwt");
        assertThat(scheme).isNotNull();
        assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(scheme.getScheme()).isEqualTo("bearer");
        assertThat(scheme.getBearerFormat()).isEqualTo("JWT");
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            List<SecurityRequirement> effective = operation.getSecurity() != null ? operation.getSecurity()
                    : document.getSecurity();
            boolean open = Roles.accessFor(path) instanceof Access.Open;
            if (open) {
                assertThat(effective).as(method + " " + path + " is open").isNullOrEmpty();
            } else {
                assertThat(effective).as(method + " " + path + " needs a token")
                        .anySatisfy(requirement -> assertThat(requirement).containsKey("bearer-jwt"));
            }
        }));
    }

    private static OpenAPI document() {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(spec);
        assertThat(parsed.getMessages()).isEmpty();
        return parsed.getOpenAPI();
    }

    /** A path template with its parameter names dropped: {@code /a/{x}} and {@code /a/{y}} are one route. */
    private static String template(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
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
        return valid(method, pathAndQuery, expectedStatus, body, null);
    }

    private static String valid(String method, String pathAndQuery, int expectedStatus, String body, String accept)
            throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + service.port() + pathAndQuery)).header("Content-Type", "application/json")
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        check(method, pathAndQuery, expectedStatus, response);
        return response.body();
    }

    /** A call with a content type of the test's choosing (form, XML, text). */
    private static String validAs(String method, String pathAndQuery, int expectedStatus, String contentType,
                                  String body) throws Exception {
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + service.port()
                                + pathAndQuery)).header("Content-Type", contentType)
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
