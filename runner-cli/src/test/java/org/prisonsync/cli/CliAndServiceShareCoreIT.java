package org.prisonsync.cli;

import org.prisonsync.core.testing.LoopbackPorts;
import org.prisonsync.core.visits.VisitsDomain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.migration.EntityWrite;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.NomisVisitRequest;
import org.prisonsync.core.visits.VisitTranslation;
import org.prisonsync.service.PrisonSyncService;
import org.prisonsync.service.ServiceConfig;
import org.prisonsync.simulator.Simulator;
import org.prisonsync.simulator.visits.VisitGenerator;

/**
 * Done-when 6: the CLI, run beside the service with the same configuration, reaches the same core operation as the
 * service's endpoint, on the same state: same plan, same refusal, same effect.
 */
class CliAndServiceShareCoreIT {
    @TempDir
    static Path data;
    static Map<String, String> env = new HashMap<>();
    static PrisonSyncService service;
    static Simulator simulator;
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        env.put("SERVER_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("EMBEDDED_SQS_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("SIMULATOR_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("PRISON_SYNC_DATA_DIR", data.toString());
        env.put("DEMO_TRAFFIC_INTERVAL_MS", "0");
        env.put("HMPPS_SQS_DEFAULT_ERROR_VISIBILITY_TIMEOUT", "1");
        // A migration run ends within seconds of its last visit (production waits ~20 s of empty checks).
        env.put("MIGRATION_COMPLETE_CHECK_DELAY_MS", "500");
        env.put("MIGRATION_COMPLETE_CHECK_RETRY_MS", "200");
        env.put("MIGRATION_COMPLETE_CHECK_SCHEDULED_RETRY_MS", "300");
        env.put("MIGRATION_COMPLETE_CHECK_COUNT", "3");
        service = PrisonSyncService.start(ServiceConfig.from(env));
        simulator = service.simulator().orElseThrow();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void cancelDuplicateIsTheSameOperationFromTheCliAndTheEndpoint() throws Exception {
        DpsVisit visit = bookAndAwaitMapping("cli-1", "A0001CL");
        long mapped = Long.parseLong(service.core().mappings().findByDpsId("VISIT", "cli-1").orElseThrow().nomisId());
        long duplicate = plantDuplicate(visit);
        String prisoner = visit.prisonerId();

        Result cliPlan = cli("visits", "cancel-duplicate", "--prisoner", prisoner, "--nomis-visit-id",
                Long.toString(duplicate), "--dry-run");
        JsonNode apiPlan = put("/prisoners/" + prisoner + "/visits/" + duplicate + "/cancel-duplicate?dryRun=true", 200);
        assertThat(cliPlan.code()).isZero();
        assertThat(apiPlan.get("status").asText()).isEqualTo("PLANNED");
        assertThat(cliPlan.out()).contains("PLANNED").contains(apiPlan.get("actions").get(0).asText());
        assertThat(simulator.nomisVisits().findVisit(duplicate).orElseThrow().cancelled()).isFalse();

        Result cliRefusal = cli("visits", "cancel-duplicate", "--prisoner", prisoner, "--nomis-visit-id",
                Long.toString(mapped));
        JsonNode apiRefusal = put("/prisoners/" + prisoner + "/visits/" + mapped + "/cancel-duplicate", 409);
        assertThat(cliRefusal.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(cliRefusal.out()).contains(apiRefusal.get("message").asText());
        assertThat(simulator.nomisVisits().findVisit(mapped).orElseThrow().cancelled()).isFalse();

        Result cliDone = cli("visits", "cancel-duplicate", "--prisoner", prisoner, "--nomis-visit-id",
                Long.toString(duplicate));
        assertThat(cliDone.code()).isZero();
        assertThat(simulator.nomisVisits().findVisit(duplicate).orElseThrow().visitOutcome()).isEqualTo("ADMIN");
        JsonNode apiAfter = put("/prisoners/" + prisoner + "/visits/" + duplicate + "/cancel-duplicate", 200);
        assertThat(apiAfter.get("status").asText()).isEqualTo("NOTHING_TO_DO");
    }

    @Test
    void movementsUnmatchedReadsTheSameDatesAsTheEndpointAndBothRefuseAWindowEndingBeforeItStarts()
            throws Exception {
        for (String when : List.of("2026-01-01", "2026-01-01T00:00:00", "2026-01-01T00:00:00Z",
                "2026-01-01T00:00:00+01:00")) {
            Result cli = cli("movements", "unmatched", "--from", when);
            assertThat(cli.code()).as(when + ": " + cli.out()).isZero();
            assertThat(cli.out()).contains("unmatched pair(s)");
            call("GET", "/reconciliation/movements/unmatched?from=" + when.replace("+", "%2B"), null, 200);
        }
        Result backwards = cli("movements", "unmatched", "--from", "2026-02-01", "--to", "2026-01-01");
        assertThat(backwards.code()).as(backwards.out()).isEqualTo(ExitCodes.USAGE);
        assertThat(backwards.out()).contains("is after");
        call("GET", "/reconciliation/movements/unmatched?from=2026-02-01&to=2026-01-01", null, 400);
        Result unreadable = cli("movements", "unmatched", "--from", "yesterday");
        assertThat(unreadable.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unreadable.out()).contains("2026-11-24T10:00:00");
        call("GET", "/reconciliation/movements/unmatched?from=yesterday", null, 400);
        assertThat(cli("movements", "unmatched", "--help").out()).contains("2026-11-24T10:00:00Z");
    }

    @Test
    void resyncForAPrisonerRefusesAnotherPrisonersVisitAsTheEndpointDoes() throws Exception {
        bookAndAwaitMapping("cli-3", "A0003CL");

        Result cliRefusal = cli("visits", "resync", "cli-3", "--prisoner", "Z9999ZZ");
        JsonNode apiRefusal = call("POST", "/prisoners/Z9999ZZ/visits/resynchronise/cli-3", null, 409);
        assertThat(cliRefusal.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(apiRefusal.get("message").asText()).contains("belongs to A0003CL, not Z9999ZZ");
        assertThat(cliRefusal.out()).contains(apiRefusal.get("message").asText());
        Result cliPlan = cli("visits", "resync", "cli-3", "--prisoner", "A0003CL", "--dry-run");
        assertThat(cliPlan.code()).as(cliPlan.out()).isZero();
        assertThat(cliPlan.out()).contains("PLANNED");
    }

    @Test
    void dryRunIsAFlagThatTakesNoValue() {
        assertThat(run(new String[] {"visits", "resync", "ref", "--dry-run=yes"}, Map.of()).code())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run(new String[] {"visits", "cancel-duplicate", "--prisoner", "A1234BC", "--nomis-visit-id",
            "1", "--dry-run=1"}, Map.of()).code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void removingAMigrationsDuplicateIsTheSameOperationFromTheCliAndTheEndpoint() throws Exception {
        long visitId = simulator.generateNomisVisits(1, 5, List.of("RDX")).firstVisitId();
        for (String room : VisitGenerator.rooms("RDX")) {
            assertThat(cli("migrate", "rooms", "add", "RDX", room, "dps-" + room).code()).isZero();
        }
        // an attempt that wrote DPS twice: the first copy mapped, the second left over
        String id = Long.toString(visitId);
        String kept = ((EntityWrite.Written) service.core().domain(VisitsDomain.class).migration().migrate(id, "2001-01-01T00:00:00"))
                .dpsId();
        String copy = ((EntityWrite.Written) service.core().domain(VisitsDomain.class).migration().migrate(id, "2001-01-01T00:00:00"))
                .dpsId();
        NomisVisit visit = simulator.nomisVisits().findVisit(visitId).orElseThrow();
        service.core().mappings().save(new Mapping("VISIT", id, kept, visit.offenderNo(), MappingTypes.MIGRATED,
                "2001-01-01T00:00:00", null));
        String path = "/migrate/visits/" + id + "/duplicates/";

        Result cliPlan = cli("migrate", "visits", "remove-duplicate", "--nomis-visit-id", id, "--dps-reference", copy,
                "--dry-run");
        JsonNode apiPlan = call("DELETE", path + copy + "?dryRun=true", null, 200);
        assertThat(cliPlan.code()).as(cliPlan.out()).isZero();
        assertThat(apiPlan.get("status").asText()).isEqualTo("PLANNED");
        assertThat(cliPlan.out()).contains("PLANNED").contains(apiPlan.get("actions").get(0).asText());
        assertThat(simulator.dpsVisits().findVisit(copy)).isPresent();

        Result cliRefusal = cli("migrate", "visits", "remove-duplicate", "--nomis-visit-id", id, "--dps-reference",
                kept);
        JsonNode apiRefusal = call("DELETE", path + kept, null, 409);
        assertThat(cliRefusal.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(cliRefusal.out()).contains(apiRefusal.get("message").asText());
        assertThat(cli("migrate", "visits", "remove-duplicate", "--nomis-visit-id", id, "--dps-reference",
                "NOT-A-REF").code()).isEqualTo(ExitCodes.USAGE);

        Result cliDone = cli("migrate", "visits", "remove-duplicate", "--nomis-visit-id", id, "--dps-reference", copy);
        assertThat(cliDone.code()).as(cliDone.out()).isZero();
        assertThat(simulator.dpsVisits().findVisit(copy)).isEmpty();
        assertThat(simulator.dpsVisits().findVisit(kept)).isPresent();
        assertThat(call("DELETE", path + copy, null, 404).get("status").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void cliReadsTheServicesQueuesAndMappings() throws Exception {
        bookAndAwaitMapping("cli-2", "A0002CL");
        Result queues = cli("dlq", "list");
        assertThat(queues.code()).isZero();
        assertThat(queues.out()).contains("prison-sync-to-nomis-visits", "prison-sync-from-nomis-visits-dlq");
        Result mapping = cli("mapping", "show", "--type", "VISIT", "--dps-id", "cli-2");
        assertThat(mapping.code()).isZero();
        assertThat(mapping.out()).contains("cli-2", "A0002CL", "ONLINE");
        assertThat(cli("mapping", "show", "--dps-id", "no-such-visit").code()).isEqualTo(ExitCodes.NOT_FOUND);
        Result untyped = cli("mapping", "show", "--dps-id", "cli-2");
        assertThat(untyped.code()).as("without --type, every mapped type is searched").isZero();
        assertThat(untyped.out()).contains("VISIT", "cli-2", "A0002CL");
        String nomisId = call("GET", "/mapping/visits/vsipId/cli-2", null, 200).get("nomisId").asText();
        Result byReference = cli("visits", "mapping", "cli-2");
        assertThat(byReference.code()).isZero();
        assertThat(byReference.out()).contains("NOMIS visit " + nomisId + " <-> DPS visit cli-2", "A0002CL");
        Result byNomisId = cli("visits", "mapping", nomisId, "--nomis-id");
        assertThat(byNomisId.out()).contains("DPS visit cli-2");
        assertThat(call("GET", "/mapping/visits/nomisId/" + nomisId, null, 200).get("dpsId").asText())
                .isEqualTo("cli-2");
        assertThat(cli("visits", "mapping", "no-such-visit").code()).isEqualTo(ExitCodes.NOT_FOUND);
        call("GET", "/mapping/visits/vsipId/no-such-visit", null, 404);
        assertThat(cli("dlq", "list", "no-such-dlq").code()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    /** The trail the service writes is the one {@code events} reads: a sync's steps, then its outcome with its ids. */
    @Test
    void eventsShowsEveryStepOfASyncTheServiceDid_indentedBeforeItsOutcome() throws Exception {
        bookAndAwaitMapping("cli-4", "A0004CL");
        String nomisId = service.core().mappings().findByDpsId("VISIT", "cli-4").orElseThrow().nomisId();
        assertThat(service.trail().awaitWritten(Duration.ofSeconds(10))).isTrue();

        Result events = cli("events", "--entity", "cli-4");

        assertThat(events.code()).as(events.out()).isZero();
        assertThat(events.out().lines().toList()).as(events.out()).satisfiesExactly(
                line -> assertThat(line).isEqualTo("1 event(s) and 5 step(s)"),
                line -> assertThat(line).matches("\\S+Z    received  eventType=prison-visit\\.booked  messageId=\\S+"
                        + "  receiveCount=1"),
                line -> assertThat(line).matches("\\S+Z    claimed"),
                line -> assertThat(line).matches("\\S+Z    dps-read"),
                line -> assertThat(line).matches("\\S+Z    nomis-written"),
                line -> assertThat(line).matches("\\S+Z    mapping-written"),
                line -> assertThat(line).matches("\\S+Z  visit-create-success  prisoner=A0004CL  nomis=" + nomisId
                        + "  dps=cli-4"));
    }

    @Test
    void helpTeachesAndBadUsageIsExitCode2WithoutTouchingAnything() {
        Result help = CliAndServiceShareCoreIT.run(new String[] {"--help"}, Map.of("SQS_ENDPOINT", "http://127.0.0.1:1"));
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("dlq", "mapping", "visits", "--dry-run", "Exit codes");
        assertThat(run(new String[] {"visits", "cancel-duplicate"}, Map.of()).code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void migrateVisitsPreviewHistoryAndFailuresAreTheEndpointsAnswersOnTheSameState() throws Exception {
        VisitGenerator.Generated generated = simulator.generateNomisVisits(150, 9, List.of("CLI"));
        assertThat(cli("migrate", "rooms", "add", "CLI", "CLI-VISITS-SOC_VIS", "dps-soc").code()).isZero();
        assertThat(cli("migrate", "rooms", "add", "CLI", "CLI-VISITS-OFF_VIS", "dps-off").code()).isZero();
        assertThat(cli("migrate", "rooms", "add", "CLI", "CLI-VISITS-OFF_VIS", "dps-off").code())
                .isEqualTo(ExitCodes.REFUSED);
        String[] filter = {"--prison", "CLI", "--visit-type", "SCON", "--visit-type", "OFFI"};
        Map<String, Object> filterJson = Map.of("prisonIds", List.of("CLI"), "visitTypes", List.of("SCON", "OFFI"));

        Result preview = cli(concat(new String[] {"migrate", "visits", "--preview"}, filter));
        JsonNode apiPreview = call("POST", "/migrate/visits/preview", filterJson, 200);
        assertThat(preview.code()).isZero();
        assertThat(apiPreview.get("estimatedCount").asLong()).isEqualTo(150);
        assertThat(preview.out()).contains("150 visit(s)", "nothing started")
                .contains(apiPreview.get("warnings").get(0).asText());
        assertThat(service.core().migrations().active("VISITS")).isEmpty();

        Result run = cli(concat(new String[] {"migrate", "visits", "--wait"}, filter));
        Matcher started = Pattern.compile("started visits migration (\\S+):").matcher(run.out());
        assertThat(started.find()).as(run.out()).isTrue();
        String id = started.group(1);
        JsonNode apiRun = call("GET", "/migrate/history/" + id, null, 200);
        assertThat(apiRun.get("status").asText()).isEqualTo("COMPLETED");
        long failed = apiRun.get("recordsFailed").asLong();
        assertThat(failed).isPositive();
        assertThat(run.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).contains(String.format("%s COMPLETED: %,d migrated, %,d failed", id,
                apiRun.get("recordsMigrated").asLong(), failed), "migrate failures " + id);

        Result history = cli("migrate", "history");
        assertThat(history.code()).isZero();
        assertThat(history.out()).contains(id, "COMPLETED");
        JsonNode apiHistory = call("GET", "/migrate/history/all/VISITS?prisonId=CLI", null, 200);
        assertThat(apiHistory.get(0).get("migrationId").asText()).isEqualTo(id);

        Result failures = cli("migrate", "failures", id);
        JsonNode apiFailures = call("GET", "/migrate/failures/" + id, null, 200);
        assertThat(apiFailures).hasSize((int) failed);
        assertThat(failures.out()).contains(failed + " failed entit");
        apiFailures.forEach(f -> assertThat(failures.out()).contains(f.get("entityId").asText(),
                f.get("reason").asText()));
        assertThat(apiFailures.get(0).get("reason").asText()).contains("CLI-VISITS-CLOSED");
        assertThat(Long.parseLong(apiFailures.get(0).get("entityId").asText()))
                .isBetween(generated.firstVisitId(), generated.lastVisitId());
        assertThat(cli("migrate", "failures", "2001-01-01T00:00:00").code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(cli("migrate", "status").out()).contains("no VISITS migration is running");
        assertThat(cli("migrate", "status", "NOPE").code()).isEqualTo(ExitCodes.NOT_FOUND);

        Result rerun = cli(concat(new String[] {"migrate", "visits", "--wait"}, filter));
        assertThat(rerun.out()).as(rerun.out()).contains(" COMPLETED: 0 migrated, ",
                "the other visits estimated were skipped as already mapped");
        call("DELETE", "/migrate/dead-letter-queue/VISITS", null, 200);
    }

    /**
     * An operation reaches the core lazily, not through the CLI's own access: its events must still be in the trail
     * when the command returns (the writer flushed and stopped before the process would end and H2 close with it).
     */
    @Test
    void anOperationsEventsAreInTheTrailWhenTheCommandReturns() throws Exception {
        String report = "alerts-reports-reconciliation-report";
        long before = trailCount(report);
        long writersBefore = trailWriters();
        Result run = cli("reconciliation", "run", "alerts", "--wait");
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(trailCount(report)).as("read at once, not after the writer's next flush").isEqualTo(before + 1);
        assertThat(trailWriters()).as("the command's trail writer stopped, not left running into the JVM's exit")
                .isEqualTo(writersBefore);
    }

    private static long trailWriters() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("event-trail-writer")).count();
    }

    private static long trailCount(String event) throws java.sql.SQLException {
        org.prisonsync.jdbc.JdbcSettings h2 = org.prisonsync.jdbc.JdbcSettings.h2File(data.resolve("prison-sync"));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(h2.url(), h2.user(), h2.password());
             java.sql.PreparedStatement count = c.prepareStatement("select count(*) from event_trail where event = ?")) {
            count.setString(1, event);
            try (java.sql.ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private DpsVisit bookAndAwaitMapping(String reference, String prisoner) throws InterruptedException {
        LocalDateTime start = LocalDate.now().plusDays(5).atTime(10, 0);
        DpsVisit visit = simulator.dpsVisits().book(new DpsVisit(reference, prisoner, "MDI", "Visits Main Hall",
                "SOCIAL", "BOOKED", null, "OPEN", start, start.plusHours(1), List.of(4729570L), null));
        for (int i = 0; i < 300 && service.core().mappings().findByDpsId("VISIT", reference).isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(service.core().mappings().findByDpsId("VISIT", reference)).isPresent();
        return visit;
    }

    /** A prison officer books the same visit again in NOMIS: the duplicate the runbook has to cancel. */
    private static long plantDuplicate(DpsVisit visit) {
        NomisVisitRequest again = VisitTranslation.toNomis(visit, LocalDate.now());
        return simulator.nomisVisits().createByNomisUser(visit.prisonerId(), again, "PRISON_USER").visitId();
    }

    private static Result cli(String... args) {
        return run(args, env);
    }

    private static Result run(String[] args, Map<String, String> environment) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliMain.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out + err.toString());
    }

    private static JsonNode put(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + service.port() + path))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private static JsonNode call(String method, String path, Object body, int expectedStatus) throws Exception {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + service.port() + path))
                .header("Content-Type", "application/json").method(method, publisher).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }


    private record Result(int code, String out) {
    }
}
