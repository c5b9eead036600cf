package org.prisonsync.service;

import org.prisonsync.core.visits.VisitsDomain;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.service.security.Access;

/**
 * Endpoints are role-protected as upstream's are: no token → 401, a token without the role → 403, the right role
 * → through; health, info, metrics and the documents stay open, and every other path is refused. Tokens come from
 * the simulator's auth server and are verified against its JWKS and its issuer (the embedded default), as
 * production verifies HMPPS auth's. Every token kind against every role group: {@link SecurityMatrixIT}.
 */
class SecurityIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static ServiceConfig config;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        env.put("AUTH_ENABLED", "true");
        config = ServiceConfig.from(env);
        service = PrisonSyncService.start(config);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void housekeepingNeedsTheReconciliationRole() throws Exception {
        String path = "/reconciliation/housekeeping";
        assertThat(call("GET", path, null)).isEqualTo(401);
        assertThat(call("GET", path, "Bearer not-a-token")).isEqualTo(401);
        assertThat(call("GET", path, token("ROLE_SYSCON__QUEUE_ADMIN"))).isEqualTo(403);
        assertThat(call("GET", path, token("ROLE_DPS_RECONCILIATION__RW"))).isEqualTo(200);
    }

    @Test
    void queueAdminRepairsAndMappingsNeedTheirRoles() throws Exception {
        String dlq = "/queue-admin/get-dlq-messages/" + config.queue(VisitsDomain.TO_NOMIS).dlqName();
        assertThat(call("GET", dlq, null)).isEqualTo(401);
        assertThat(call("GET", dlq, token("ROLE_SYSCON__QUEUE_ADMIN"))).isEqualTo(200);
        assertThat(call("PUT", "/queue-admin/retry-all-dlqs", token("ROLE_DPS_RECONCILIATION__RW"))).isEqualTo(403);
        String repair = "/prisoners/A1234BC/visits/resynchronise/no-such?dryRun=true";
        assertThat(call("POST", repair, null)).isEqualTo(401);
        assertThat(call("POST", repair, token("ROLE_PRISONER_TO_NOMIS__UPDATE__RW"))).isEqualTo(404);
        assertThat(call("GET", "/mappings/VISIT/dps-id/x", token("ROLE_NOMIS_MAPPING_API__SYNCHRONISATION__RW")))
                .isEqualTo(404);
    }

    @Test
    void everyRouteTheServiceServesIsOpenOrNeedsARole() {
        assertThat(service.routes()).hasSizeGreaterThan(30);
        assertThat(service.routes()).allSatisfy(route -> assertThat(
                        service.roles().access(route.method(), route.path()))
                .as(route.method() + " " + route.path() + " is neither open nor given a role in Roles")
                .isNotInstanceOf(Access.Denied.class));
    }

    @Test
    void onlyHealthInfoMetricsTheDocumentsAndTheConsolesFilesAreOpen() {
        assertThat(service.routes().stream()
                .filter(r -> service.roles().access(r.method(), r.path()) instanceof Access.Open)
                .map(r -> r.method() + " " + r.path()))
                .containsExactlyInAnyOrder("GET /health", "GET /health/ping", "GET /health/liveness",
                        "GET /health/readiness", "GET /info", "GET /metrics", "GET /openapi.yaml", "GET /swagger-ui",
                        "GET /console", "GET /console/app.js", "GET /console/app.css", "GET /console/catalogue");
    }

    @Test
    void aPathNoRuleCoversIsRefusedEvenToATokenWithEveryRole() throws Exception {
        String everyRole = token("ROLE_SYSCON__QUEUE_ADMIN,ROLE_DPS_RECONCILIATION__RW,"
                + "ROLE_PRISONER_FROM_NOMIS__MIGRATION__RW,ROLE_PRISONER_TO_NOMIS__UPDATE__RW,"
                + "ROLE_NOMIS_MAPPING_API__SYNCHRONISATION__RW");
        assertThat(call("GET", "/no-such-route", everyRole)).isEqualTo(403);
        assertThat(call("GET", "/no-such-route", null)).isEqualTo(403);
    }

    @Test
    void healthInfoMetricsAndDocsAreOpen() throws Exception {
        // The Swagger UI page's own script and styles (a webjar) must load without a token too.
        String webjar = new String(SecurityIT.class.getResourceAsStream("/public/docs.html").readAllBytes(),
                StandardCharsets.UTF_8).replaceAll("(?s).*href=\"(/webjars/[^\"]+)\".*", "$1");
        for (String open : new String[] {"/health", "/health/ping", "/health/liveness", "/health/readiness", "/info",
                "/metrics", "/openapi.yaml", "/swagger-ui", webjar, "/console", "/console/app.js",
                "/console/catalogue"}) {
            assertThat(call("GET", open, null)).as(open).isEqualTo(200);
        }
    }

    private static int call(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String token(String roles) {
        return "Bearer " + ServiceFixture.simulatorToken(service, roles);
    }
}
