package org.prisonsync.service;

import org.prisonsync.wiring.Json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.service.security.AuthSettings;
import org.prisonsync.service.security.Roles;
import org.prisonsync.service.security.TokenVerifier;
import org.prisonsync.service.web.DocsRoutes;
import org.prisonsync.service.web.OperationRoutes;
import org.prisonsync.service.web.SecurityRoutes;
import org.prisonsync.service.web.WebServer;

/**
 * Operation descriptors served as routes with no hand-written route class: each answer becomes its status (200, 201,
 * 202, 404 and 409 as JSON), a bad parameter a 400 problem naming it, each route is guarded by its own role with
 * auth on (401 without a token, 403 without the role) and appears in the served OpenAPI document.
 */
class OperationRoutesIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UPDATE = "ROLE_PRISONER_TO_NOMIS__UPDATE__RW";
    private static final String RECONCILIATION = "ROLE_DPS_RECONCILIATION__RW";

    static final List<org.prisonsync.core.operation.Operation> SAMPLES = List.of(
            org.prisonsync.core.operation.Operation.repair("sample-resync").role("PRISONER_TO_NOMIS__UPDATE__RW")
                    .post("/prisoners/{offenderNo}/samples/resynchronise").cli("samples", "resync")
                    .summary("Make NOMIS hold the prisoner's DPS samples.")
                    .description("Planted in tests: Z9999ZZ does not exist, C0000CC is refused.")
                    .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "the prisoner"))
                    .handler(p -> switch (p.string("offenderNo")) {
                        case "Z9999ZZ" -> Answer.notFound("no prisoner Z9999ZZ");
                        case "C0000CC" -> Answer.conflict("C0000CC is being merged");
                        default -> Answer.done(Map.of("offenderNo", p.string("offenderNo"), "dryRun", p.dryRun()));
                    }),
            org.prisonsync.core.operation.Operation.command("sample-label").role(UPDATE)
                    .put("/samples/{sampleId}/label").cli("samples", "label")
                    .summary("Label one sample.")
                    .param(Param.path("sampleId", ParamType.LONG, "the sample id").range(1, 999_999))
                    .param(Param.body("label", ParamType.STRING, "the label").maxLength(20))
                    .handler(p -> Answer.created(Map.of("sampleId", p.longValue("sampleId"),
                            "label", p.string("label")))),
            org.prisonsync.core.operation.Operation.command("sample-reconcile").role(RECONCILIATION)
                    .post("/reconciliation/samples").cli("samples", "reconcile")
                    .summary("Start a reconciliation of samples.")
                    .param(Param.query("prisonId", ParamType.STRING, "the prison").maxLength(3).withDefault("MDI"))
                    .handler(p -> Answer.accepted(Map.of("prisonId", p.string("prisonId")))),
            org.prisonsync.core.operation.Operation.query("sample-pairs").role(RECONCILIATION)
                    .get("/reconciliation/samples/prisoner/{offenderNo}").cli("samples", "pairs")
                    .summary("Show a prisoner's sample pairs.")
                    .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "the prisoner"))
                    .handler(p -> Answer.nothingFound("no sample pairs for " + p.string("offenderNo"), List.of())));

    static TestAuthServer auth;
    static WebServer web;

    @BeforeAll
    static void start() {
        auth = new TestAuthServer();
        TokenVerifier verifier = new TokenVerifier(new AuthSettings(auth.jwksUrl(), TestAuthServer.ISSUER,
                Duration.ofSeconds(30)));
        Roles roles = OperationRoutes.roles(Roles.standard(), SAMPLES);
        web = WebServer.start("127.0.0.1", 0, Json.mapper(), List.of(new SecurityRoutes(verifier, roles),
                new OperationRoutes(SAMPLES, Json.mapper()), new DocsRoutes(SAMPLES)));
    }

    @AfterAll
    static void stop() {
        web.close();
        auth.close();
    }

    @Test
    void givenEachAnswer_thenItsStatusAndJsonBody() throws Exception {
        HttpResponse<String> done = call("POST", "/prisoners/A1234BC/samples/resynchronise?dryRun=true", UPDATE, null);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(done.body())).isEqualTo(JSON.readTree("{\"offenderNo\":\"A1234BC\",\"dryRun\":true}"));

        HttpResponse<String> created = call("PUT", "/samples/42/label", UPDATE, "{\"label\":\"kept\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(created.body())).isEqualTo(JSON.readTree("{\"sampleId\":42,\"label\":\"kept\"}"));

        HttpResponse<String> accepted = call("POST", "/reconciliation/samples", RECONCILIATION, null);
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(accepted.body()).path("prisonId").asText()).isEqualTo("MDI");

        // nothing found is the command line's exit 4; over HTTP a list endpoint's 200 with its empty list
        HttpResponse<String> none = call("GET", "/reconciliation/samples/prisoner/A1234BC", RECONCILIATION, null);
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).isEqualTo("[]");

        assertProblem(call("POST", "/prisoners/Z9999ZZ/samples/resynchronise", UPDATE, null), 404,
                "no prisoner Z9999ZZ");
        assertProblem(call("POST", "/prisoners/C0000CC/samples/resynchronise", UPDATE, null), 409,
                "C0000CC is being merged");
    }

    @Test
    void givenABadParameter_thenA400ProblemNamesIt() throws Exception {
        assertProblem(call("POST", "/prisoners/A1234BC/samples/resynchronise?dryRun=yes", UPDATE, null), 400,
                "dryRun must be true or false, not 'yes'");
        assertProblem(call("POST", "/prisoners/A1234BC/samples/resynchronise?dryrun=true", UPDATE, null), 400,
                "unknown query parameter dryrun; this takes dryRun");
        assertProblem(call("POST", "/prisoners/A1234BC/samples/resynchronise", UPDATE, "{\"dryRun\":true}"), 400,
                "this endpoint takes no body; its options are query parameters");
        assertProblem(call("POST", "/prisoners/a1234bc/samples/resynchronise", UPDATE, null), 400,
                "offenderNo must be a prisoner number like A1234BC, not 'a1234bc'");
        assertProblem(call("PUT", "/samples/%D9%A4%D9%A2/label", UPDATE, "{\"label\":\"x\"}"), 400,
                "sampleId must be a whole number, not '??'");
        assertProblem(call("PUT", "/samples/0/label", UPDATE, "{\"label\":\"x\"}"), 400,
                "sampleId must be between 1 and 999999, not 0");
        assertProblem(call("PUT", "/samples/42/label", UPDATE, "{\"label\":\"x\",\"colour\":\"red\"}"), 400,
                "unknown field colour; this takes label");
        assertProblem(call("PUT", "/samples/42/label", UPDATE, "{\"label\":7}"), 400,
                "field 'label' must be a JSON string (text)");
        assertProblem(call("PUT", "/samples/42/label", UPDATE, null), 400, "a JSON object body is required");
        assertProblem(call("POST", "/reconciliation/samples?prisonId=MDIX", RECONCILIATION, null), 400,
                "prisonId is longer than 3 characters");
    }

    @Test
    void givenAuthOn_thenEachRouteNeedsItsOwnRole() throws Exception {
        String path = "/prisoners/A1234BC/samples/resynchronise?dryRun=true";
        assertThat(call("POST", path, null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrongRole = call("POST", path, RECONCILIATION, null);
        assertThat(wrongRole.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(wrongRole.body()).path("developerMessage").asText()).contains(UPDATE);
        assertThat(call("POST", "/reconciliation/samples", UPDATE, null).statusCode()).isEqualTo(403);
        // The same path with another method is no operation's, so it falls to the table: /prisoners needs UPDATE.
        assertThat(call("GET", path, RECONCILIATION, null).statusCode()).isEqualTo(403);
        // /samples is under no group of the table: only its operation's route is let through, and only with the role.
        assertThat(call("GET", "/samples/42/label", UPDATE, null).statusCode()).isEqualTo(403);
    }

    @Test
    void everyRegisteredRouteIsInTheServedDocumentWithItsRole() throws Exception {
        HttpResponse<String> served = call("GET", "/openapi.yaml", null, null);
        assertThat(served.statusCode()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body());
        assertThat(parsed.getMessages()).isEmpty();
        OpenAPI document = parsed.getOpenAPI();

        Set<String> documented = document.getPaths().entrySet().stream()
                .flatMap(p -> p.getValue().readOperationsMap().keySet().stream().map(m -> m.name() + " " + p.getKey()))
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        web.routes().forEach(r -> missing.add(r.method() + " " + r.path()));
        missing.removeAll(documented);
        assertThat(missing).as("served but not in the served document").isEmpty();

        Operation resync = document.getPaths().get("/prisoners/{offenderNo}/samples/resynchronise").getPost();
        assertThat(resync.getExtensions()).containsEntry("x-required-role", UPDATE);
        assertThat(resync.getSecurity()).anySatisfy(r -> assertThat(r).containsKey("bearer-jwt"));
        assertThat(resync.getParameters()).extracting(p -> p.getName() + " in " + p.getIn())
                .containsExactly("offenderNo in path", "dryRun in query");
        assertThat(resync.getResponses()).containsKeys("200", "400", "401", "403", "404", "409");
        Operation label = document.getPaths().get("/samples/{sampleId}/label").getPut();
        assertThat(label.getRequestBody().getContent().get("application/json").getSchema().getRequired())
                .containsExactly("label");
        assertThat(label.getParameters().get(0).getSchema().getMaximum()).isEqualByComparingTo("999999");
        // The static document's own routes are still there.
        assertThat(document.getPaths()).containsKeys("/health", "/queue-admin/retry-all-dlqs");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("userMessage").asText()).isEqualTo(message);
        assertThat(body.path("developerMessage").asText()).isEqualTo(message);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.prisonsync");
    }

    private static HttpResponse<String> call(String method, String path, String role, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (role != null) {
            request.header("Authorization", "Bearer " + auth.sign(TestAuthServer.validClaims(List.of(role)).build()));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
