package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of token against one endpoint of every role group, through the running service with auth on: only a
 * correctly signed (RS256, the auth server's key), unexpired, already valid token from the configured issuer that
 * carries {@code exp} and {@code iat} gets through, and only with the group's role. Each refusal is the upstream
 * JSON error body with a reason a developer can act on.
 */
class SecurityMatrixIT {
    private static final List<String> ALL_ROLES = List.of("ROLE_SYSCON__QUEUE_ADMIN", "ROLE_DPS_RECONCILIATION__RW",
            "ROLE_PRISONER_FROM_NOMIS__MIGRATION__RW", "ROLE_PRISONER_TO_NOMIS__UPDATE__RW",
            "ROLE_NOMIS_MAPPING_API__SYNCHRONISATION__RW");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    static TestAuthServer auth;
    static PrisonSyncService service;
    static ServiceConfig config;

    /** One read-only endpoint per role group, with the role the group needs. */
    enum Endpoint {
        QUEUE_ADMIN("GET", "/queue-admin/get-dlq-messages/prison-sync-to-nomis-visits-dlq", "ROLE_SYSCON__QUEUE_ADMIN"),
        RECONCILIATION("GET", "/reconciliation/movements/unmatched", "ROLE_DPS_RECONCILIATION__RW"),
        MIGRATION("GET", "/migrate/history/active/VISITS", "ROLE_PRISONER_FROM_NOMIS__MIGRATION__RW"),
        REPAIRS("GET", "/prisoners/A1234BC/alerts/duplicates", "ROLE_PRISONER_TO_NOMIS__UPDATE__RW"),
        MAPPINGS("GET", "/mappings/VISIT/prisoner/A1234BC", "ROLE_NOMIS_MAPPING_API__SYNCHRONISATION__RW");

        final String method;
        final String path;
        final String role;

        Endpoint(String method, String path, String role) {
            this.method = method;
            this.path = path;
            this.role = role;
        }

        List<String> everyOtherRole() {
            return ALL_ROLES.stream().filter(r -> !r.equals(role)).toList();
        }
    }

    /** A token (the whole Authorization header, or null) for an endpoint, the status it earns and why. */
    enum Token {
        NO_TOKEN(401, "bearer token", (auth, e) -> null),
        MALFORMED(401, "signed", (auth, e) -> "Bearer not.a-jwt"),
        OTHER_KEY(401, "signed", (auth, e) -> bearer(auth.signWithOtherKey(valid(e).build()))),
        ALG_NONE(401, "signed", (auth, e) -> bearer(TestAuthServer.unsigned(valid(e).build()))),
        HS256_WITH_PUBLIC_KEY(401, "signed", (auth, e) -> bearer(auth.signHs256WithPublicKey(valid(e).build()))),
        EXPIRED(401, "expired", (auth, e) -> bearer(auth.sign(valid(e)
                .issueTime(ago(Duration.ofHours(2))).expirationTime(ago(Duration.ofMinutes(10))).build()))),
        NOT_YET_VALID(401, "not valid yet", (auth, e) -> bearer(auth.sign(valid(e)
                .notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(10)))).build()))),
        NO_EXP(401, "exp", (auth, e) -> bearer(auth.sign(valid(e).expirationTime(null).build()))),
        NO_IAT(401, "iat", (auth, e) -> bearer(auth.sign(valid(e).issueTime(null).build()))),
        WRONG_ISSUER(401, "issuer", (auth, e) -> bearer(auth.sign(valid(e).issuer("https://evil.example").build()))),
        WRONG_ROLE(403, "lacks", (auth, e) -> bearer(auth.sign(TestAuthServer.validClaims(e.everyOtherRole())
                .build()))),
        RIGHT_ROLE(200, null, (auth, e) -> bearer(auth.sign(valid(e).build())));

        final int status;
        final String reason;
        final BiFunction<TestAuthServer, Endpoint, String> header;

        Token(int status, String reason, BiFunction<TestAuthServer, Endpoint, String> header) {
            this.status = status;
            this.reason = reason;
            this.header = header;
        }

        private static JWTClaimsSet.Builder valid(Endpoint endpoint) {
            return TestAuthServer.validClaims(List.of(endpoint.role));
        }

        private static Date ago(Duration duration) {
            return Date.from(Instant.now().minus(duration));
        }

        private static String bearer(String token) {
            return "Bearer " + token;
        }
    }

    @BeforeAll
    static void start() {
        auth = new TestAuthServer();
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        env.put("AUTH_ENABLED", "true");
        env.put("AUTH_JWKS_URL", auth.jwksUrl());
        env.put("AUTH_ISSUER", TestAuthServer.ISSUER);
        config = ServiceConfig.from(env);
        service = PrisonSyncService.start(config);
    }

    @AfterAll
    static void stop() {
        service.close();
        auth.close();
    }

    static Stream<Arguments> everyTokenOnEveryRoleGroup() {
        return Stream.of(Token.values()).flatMap(t -> Stream.of(Endpoint.values()).map(e -> Arguments.of(t, e)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyTokenOnEveryRoleGroup")
    void onlyAValidTokenWithTheGroupsRoleGetsThrough(Token token, Endpoint endpoint) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port()
                + endpoint.path)).method(endpoint.method, HttpRequest.BodyPublishers.noBody());
        String authorization = token.header.apply(auth, endpoint);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(token.status);
        JsonNode body = JSON.readTree(response.body());
        if (token.status == 200) {
            return;
        }
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(body.path("status").asInt()).isEqualTo(token.status);
        assertThat(body.path("userMessage").asText()).isNotBlank();
        assertThat(body.path("developerMessage").asText()).containsIgnoringCase(token.reason)
                .doesNotContainPattern("\\b[a-z]+\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w+").doesNotContain("Exception");
        if (token.status == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        }
    }
}
