package org.prisonsync.service;

import org.prisonsync.wiring.Json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prisonsync.service.security.AuthSettings;
import org.prisonsync.service.security.Roles;
import org.prisonsync.service.security.TokenVerifier;
import org.prisonsync.service.web.Routes;
import org.prisonsync.service.web.SecurityRoutes;
import org.prisonsync.service.web.WebServer;

/**
 * Routes deny by default: a route someone adds without giving it a role in the table is refused (403) to every
 * caller, even one whose token holds every role, instead of being served to anyone; a route added under a group's
 * prefix gets the group's role. Runs the real guard in front of routes this test registers.
 */
class SecurityRoutesIT {
    private static final List<String> EVERY_ROLE = List.of("ROLE_SYSCON__QUEUE_ADMIN", "ROLE_DPS_RECONCILIATION__RW",
            "ROLE_PRISONER_FROM_NOMIS__MIGRATION__RW", "ROLE_PRISONER_TO_NOMIS__UPDATE__RW",
            "ROLE_NOMIS_MAPPING_API__SYNCHRONISATION__RW");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static TestAuthServer auth;
    static WebServer web;

    @BeforeAll
    static void start() {
        auth = new TestAuthServer();
        TokenVerifier verifier = new TokenVerifier(new AuthSettings(auth.jwksUrl(), TestAuthServer.ISSUER,
                Duration.ofSeconds(30)));
        Routes unclassified = routes -> {
            routes.get("/unlisted", ctx -> ctx.result("served"));
            routes.post("/unlisted/{id}/write", ctx -> ctx.result("written"));
            routes.get("/queue-admin/added-later", ctx -> ctx.result("served"));
            routes.get("/health", ctx -> ctx.result("UP"));
        };
        web = WebServer.start("127.0.0.1", 0, Json.mapper(), List.of(new SecurityRoutes(verifier, Roles.standard()),
                unclassified));
    }

    @AfterAll
    static void stop() {
        web.close();
        auth.close();
    }

    @Test
    void aRouteTheTableDoesNotCoverIsRefusedWithOrWithoutAToken() throws Exception {
        String everyRole = "Bearer " + auth.sign(TestAuthServer.validClaims(EVERY_ROLE).build());
        for (String authorization : new String[] {null, everyRole}) {
            HttpResponse<String> get = call("GET", "/unlisted", authorization);
            assertThat(get.statusCode()).as(get.body()).isEqualTo(403);
            assertThat(get.body()).doesNotContain("served");
            assertThat(new ObjectMapper().readTree(get.body()).path("status").asInt()).isEqualTo(403);
            HttpResponse<String> post = call("POST", "/unlisted/1/write", authorization);
            assertThat(post.statusCode()).isEqualTo(403);
            assertThat(post.body()).doesNotContain("written");
        }
    }

    @Test
    void anUnknownPathIsRefusedRatherThanReportedMissing() throws Exception {
        assertThat(call("GET", "/no-such-route", null).statusCode()).isEqualTo(403);
    }

    @Test
    void aRouteAddedUnderAGroupsPrefixNeedsTheGroupsRole() throws Exception {
        assertThat(call("GET", "/queue-admin/added-later", null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/queue-admin/added-later", "Bearer " + auth.sign(TestAuthServer.validClaims(
                List.of("ROLE_DPS_RECONCILIATION__RW")).build())).statusCode()).isEqualTo(403);
        HttpResponse<String> allowed = call("GET", "/queue-admin/added-later", "Bearer " + auth.sign(
                TestAuthServer.validClaims(List.of("ROLE_SYSCON__QUEUE_ADMIN")).build()));
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.body()).isEqualTo("served");
    }

    @Test
    void anOpenPathIsServedWithoutATokenWithOrWithoutATrailingSlash() throws Exception {
        assertThat(call("GET", "/health", null).body()).isEqualTo("UP");
        assertThat(call("GET", "/health/", null).body()).isEqualTo("UP");
    }

    private static HttpResponse<String> call(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
