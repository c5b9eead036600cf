package org.prisonsync.service;

import org.prisonsync.core.visits.VisitsDomain;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.prisonsync.service.RawHttp.Answer;

/**
 * Issue 10, items 8–11 and 14: whatever a client sends, the service answers a 4xx JSON problem
 * ({@code status, userMessage, developerMessage}) naming what to fix and no Java class, logs it without a stack trace,
 * and never reads a value it does not understand as "all prisons" or "write".
 */
class RequestHardeningIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SERVER_LOGGERS = {"org.prisonsync.service.web", "io.javalin", "org.eclipse.jetty"};

    @TempDir
    static Path data;
    static PrisonSyncService service;
    static int port;
    private LogCapture logs;

    @BeforeAll
    static void start() {
        service = PrisonSyncService.start(ServiceConfig.from(ServiceFixture.embeddedEnv(data)));
        port = service.port();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @BeforeEach
    void captureLogs() {
        logs = new LogCapture();
    }

    @AfterEach
    void clientErrorsAreNotLoggedAsFaults() {
        try {
            assertThat(logs.atLeast(Level.WARN, SERVER_LOGGERS)).as("warnings and errors").isEmpty();
            assertThat(logs.withStackTrace(SERVER_LOGGERS)).as("stack traces").isEmpty();
        } finally {
            logs.close();
        }
    }

    // Item 8: a malformed migration filter is refused, and no migration starts.

    @ParameterizedTest
    @ValueSource(strings = {"{\"prisonIds\":\"LEI\"}", "{\"prisonIds\":42}", "{\"prisonIds\":[42]}",
        "{\"ignoreMissingRoom\":\"yes\"}", "{\"fromDateTime\":\"yesterday\"}"})
    void aFilterFieldOfTheWrongTypeIsRefusedNamingItAndNothingStarts(String filter) throws IOException {
        String field = filter.substring(2, filter.indexOf('"', 2));
        for (String path : List.of("/migrate/visits/preview", "/migrate/visits")) {
            JsonNode problem = problem(post(path, filter), 400);
            assertThat(problem.get("userMessage").asText()).contains("'" + field + "'");
        }
        assertThat(service.core().migrations().active("VISITS")).isEmpty();
    }

    @Test
    void aMisspeltFilterFieldIsRefusedNamingItAndNothingStarts() throws IOException {
        for (String path : List.of("/migrate/visits/preview", "/migrate/visits")) {
            JsonNode problem = problem(post(path, "{\"prisonId\":\"LEI\"}"), 400);
            assertThat(problem.get("userMessage").asText()).contains("'prisonId'");
        }
        assertThat(service.core().migrations().active("VISITS")).isEmpty();
    }

    @Test
    void aMisspeltRoomUsageFilterIsRefusedRatherThanReadAsEveryPrison() throws IOException {
        assertThat(problem(send("GET", "/migrate/visits/rooms/usage?prisonId=LEI", null, null), 400)
                .get("userMessage").asText()).contains("prisonId");
    }

    // Item 9: dryRun is exactly true or false.

    @ParameterizedTest
    @ValueSource(strings = {"?dryRun=1", "?dryRun=yes", "?dryRun=TRUE", "?dryRun=", "?dryrun=true",
        "?dryRun=true&dryRun=false", "?dryRun=true&force=true"})
    void aDryRunTheServiceDoesNotUnderstandIsRefusedOnEveryRepair(String query) throws IOException {
        problem(send("POST", "/prisoners/A7001BC/visits/resynchronise/no-such-visit" + query, null, null), 400);
        problem(send("PUT", "/prisoners/A7001BC/visits/999999/cancel-duplicate" + query, null, null), 400);
        problem(send("POST", "/prisoners/A7001BC/alerts/resynchronise" + query, null, null), 400);
        problem(send("POST", "/prisoners/A7001BC/alerts/resynchronise-to-nomis" + query, null, null), 400);
        problem(send("DELETE", "/alerts/no-such-alert/duplicate" + query, null, null), 400);
        problem(send("GET", "/reconciliation/housekeeping" + query, null, null), 400);
    }

    @Test
    void aRepairRefusesABodyItWouldIgnore() throws IOException {
        JsonNode problem = problem(send("POST", "/prisoners/A7001BC/visits/resynchronise/no-such-visit",
                "application/json", "{\"dryRun\":true}"), 400);
        assertThat(problem.get("userMessage").asText()).contains("no body");
    }

    @Test
    void dryRunTrueAndFalseAreStillUnderstood() {
        assertThat(send("POST", "/prisoners/A7001BC/visits/resynchronise/no-such-visit?dryRun=true", null, null)
                .status()).isEqualTo(404);
        assertThat(send("POST", "/prisoners/A7001BC/visits/resynchronise/no-such-visit?dryRun=false", null, null)
                .status()).isEqualTo(404);
        assertThat(send("GET", "/reconciliation/housekeeping?dryRun=true", null, null).status()).isEqualTo(200);
    }

    // Item 10: room mappings are read strictly, and nothing bad is stored.

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"nomisRoomDescription\":{\"a\":1},\"vsipId\":[1],\"isOpen\":\"maybe\"}",
        "{\"nomisRoomDescription\":{\"a\":1},\"vsipId\":\"VMH\",\"isOpen\":true}",
        "{\"nomisRoomDescription\":\"HRD-A\",\"vsipId\":[1],\"isOpen\":true}",
        "{\"nomisRoomDescription\":\"HRD-A\",\"vsipId\":1,\"isOpen\":true}",
        "{\"nomisRoomDescription\":\"HRD-A\",\"vsipId\":\"VMH\",\"isOpen\":\"maybe\"}",
        "{\"nomisRoomDescription\":\"HRD-A\",\"vsipId\":\"VMH\",\"isOpen\":\"true\"}",
        "{\"nomisRoomDescription\":\"HRD-A\",\"vsipId\":\"VMH\",\"isOpen\":1}",
        "{\"nomisRoomDescription\":\"HRD-A\",\"vsipId\":\"VMH\",\"open\":true}",
        "{\"nomisRoomDescription\":\"HRD-A\",\"nomisRoomDescription\":\"HRD-B\",\"vsipId\":\"VMH\"}",
        "{\"nomisRoomDescription\":\"HRD-A\"}",
        "{\"nomisRoomDescription\":\"HRD-A\",\"vsipId\":\"VMH\"} {}"})
    void aBadRoomMappingIsRefusedNamingTheFieldAndNotStored(String body) throws IOException {
        JsonNode problem = problem(post("/migrate/visits/rooms/mappings/HRD", body), 400);
        assertThat(problem.get("userMessage").asText()).satisfiesAnyOf(
                m -> assertThat(m).containsPattern("'(nomisRoomDescription|vsipId|isOpen|open)'"),
                m -> assertThat(m).contains("nothing after it"));
        assertThat(service.core().domain(VisitsDomain.class).migration().roomMappings().forPrison("HRD")).isEmpty();
    }

    @Test
    void aWellFormedRoomMappingIsStillStored() throws IOException {
        Answer created = post("/migrate/visits/rooms/mappings/HRE",
                "{\"nomisRoomDescription\":\"HRE-A\",\"vsipId\":\"VMH\",\"isOpen\":true}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).get("isOpen").asBoolean()).isTrue();
        assertThat(service.core().domain(VisitsDomain.class).migration().roomMappings().forPrison("HRE")).singleElement()
                .satisfies(m -> assertThat(m.vsipId()).isEqualTo("VMH"));
    }

    // Item 11: malformed requests of every kind are 4xx JSON problems.

    @Test
    void malformedJsonIs400() throws IOException {
        problem(post("/migrate/visits/preview", "{\"prisonIds\":"), 400);
        problem(post("/migrate/visits/preview", "{'prisonIds':['MDI']}"), 400);
    }

    @Test
    void aJsonArrayOrScalarWhereAnObjectIsExpectedIs400() throws IOException {
        assertThat(problem(post("/migrate/visits/preview", "[{\"prisonIds\":[\"MDI\"]}]"), 400)
                .get("userMessage").asText()).contains("JSON object");
        problem(post("/migrate/visits/preview", "null"), 400);
        problem(post("/migrate/visits/rooms/mappings/HRD", "\"text\""), 400);
    }

    @Test
    void anXmlBodyIs415() throws IOException {
        problem(send("POST", "/migrate/visits", "application/xml", "<filter><prisonIds>LEI</prisonIds></filter>"),
                415);
        assertThat(service.core().migrations().active("VISITS")).isEmpty();
    }

    @Test
    void aFormBodyIs415() throws IOException {
        problem(send("POST", "/migrate/visits/rooms/mappings/HRD", "application/x-www-form-urlencoded",
                "nomisRoomDescription=HRD-A&vsipId=VMH"), 415);
    }

    @Test
    void aMissingBodyIs400() throws IOException {
        problem(send("POST", "/migrate/visits", null, null), 400);
        problem(send("POST", "/migrate/visits/rooms/mappings/HRD", "application/json", ""), 400);
        assertThat(service.core().migrations().active("VISITS")).isEmpty();
    }

    @Test
    void tenThousandLevelsOfNestingAre400() throws IOException {
        String deep = "{\"prisonIds\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThat(problem(post("/migrate/visits/preview", deep), 400).get("userMessage").asText())
                .contains("nests deeper");
    }

    @Test
    void aBadChunkIs400() throws IOException {
        problem(RawHttp.send(port, "POST /migrate/visits/preview HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "zz\r\n{}\r\n0\r\n\r\n"), 400);
    }

    @Test
    void aTwentyMegabyteBodyIs413BeforeItIsRead() throws IOException {
        problem(RawHttp.sendLargeBody(port, "POST /migrate/visits HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + 20 * 1024 * 1024
                + "\r\nConnection: close\r\n\r\n", 20 * 1024 * 1024), 413);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws IOException {
        String chunk = " ".repeat(16 * 1024);
        StringBuilder request = new StringBuilder("POST /migrate/visits/preview HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        for (int i = 0; i < 8; i++) {
            request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        problem(RawHttp.send(port, request.append("0\r\n\r\n").toString()), 413);
    }

    @Test
    void aHundredKilobyteUriIs414() throws IOException {
        problem(RawHttp.send(port, "GET /health?q=" + "a".repeat(100 * 1024)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 414);
    }

    @Test
    void aHundredKilobytesOfHeadersIs431() throws IOException {
        problem(RawHttp.send(port, "PUT /queue-admin/retry-all-dlqs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "a".repeat(100 * 1024) + "\r\nConnection: close\r\n\r\n"), 431);
    }

    @Test
    void aBadRequestLineIs400() throws IOException {
        problem(RawHttp.send(port, "GARBAGE\r\n\r\n"), 400);
        problem(RawHttp.send(port, "GET /he alth HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void anUnknownHttpVersionIsAJson505NotLoggedAsAFault() throws IOException {
        problem(RawHttp.send(port, "GET /health HTTP/9.9\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 505);
    }

    @Test
    void anUnknownPathIsAJson404() throws IOException {
        problem(send("GET", "/no-such-endpoint", null, null), 404);
        problem(send("POST", "/migrate/nothing-here", "application/json", "{}"), 404);
    }

    @Test
    void aWrongMethodOnAKnownPathIsAJson405NamingTheAllowedOnes() throws IOException {
        Answer delete = send("DELETE", "/health", null, null);
        problem(delete, 405);
        assertThat(delete.header("Allow")).isEqualTo("GET");
        Answer get = send("GET", "/migrate/visits", null, null);
        problem(get, 405);
        assertThat(get.header("Allow")).isEqualTo("POST");
    }

    // Item 14: one date format and one from > to rule for unmatched movements; the resynchronised visit's prisoner.

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-01-01T00:00:00", "2026-01-01T00:00", "2026-01-01T00:00:00Z",
        "2026-01-01T00:00:00%2B01:00"})
    void unmatchedMovementsTakeTheCliDateFormats(String from) {
        Answer answer = send("GET", "/reconciliation/movements/unmatched?from=" + from, null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void unmatchedMovementsRefuseAWindowThatEndsBeforeItStarts() throws IOException {
        JsonNode problem = problem(send("GET",
                "/reconciliation/movements/unmatched?from=2026-02-01T00:00:00&to=2026-01-01T00:00:00", null, null),
                400);
        assertThat(problem.get("userMessage").asText()).contains("after");
        problem(send("GET", "/reconciliation/movements/unmatched?from=yesterday", null, null), 400);
    }

    @Test
    void resynchronisingAnotherPrisonersVisitIsRefused() throws IOException {
        service.simulator().orElseThrow().dpsVisits().book(ServiceFixture.dpsVisit("hardening-1", 7301));
        ServiceFixture.await("mapping", Duration.ofSeconds(30),
                () -> service.core().mappings().findByDpsId("VISIT", "hardening-1").isPresent());

        Answer refused = send("POST", "/prisoners/Z9999ZZ/visits/resynchronise/hardening-1", null, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        JsonNode report = JSON.readTree(refused.body());
        assertThat(report.get("status").asText()).isEqualTo("REFUSED");
        assertThat(report.get("message").asText()).contains("belongs to A7301BC, not Z9999ZZ");
        assertThat(send("POST", "/prisoners/A7301BC/visits/resynchronise/hardening-1?dryRun=true", null, null)
                .status()).isEqualTo(200);
    }

    private static Answer post(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    private static Answer send(String method, String target, String contentType, String body) {
        return RawHttp.send(port, RawHttp.request(method, target, contentType, body));
    }

    /** Asserts a JSON problem of {@code status} that names no Java class, and returns it. */
    private static JsonNode problem(Answer answer, int status) throws IOException {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as("content type").startsWith("application/json");
        JsonNode json = JSON.readTree(answer.body());
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("userMessage").asText()).isNotBlank();
        assertThat(json.get("developerMessage").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("jackson")
                .doesNotContain("org.").doesNotContain("java.");
        return json;
    }
}
