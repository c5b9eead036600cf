package org.prisonsync.service;

import org.prisonsync.core.visits.VisitsDomain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.migration.EntityWrite;
import org.prisonsync.core.migration.MigrationContext;
import org.prisonsync.core.migration.MigrationMessages;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.VisitsMigrationRequest;
import org.prisonsync.core.visits.VisitsMigrationTranslation;
import org.prisonsync.simulator.Simulator;
import org.prisonsync.simulator.visits.VisitGenerator;

/**
 * Issue 3 end to end: NOMIS visits generated in the simulator are migrated over SQS and HTTP to the DPS visit
 * scheduler, started and watched through the {@code /migrate} endpoints. On PostgreSQL when it is reachable (a schema
 * per run), else on the embedded default's H2. Runs one at a time (one migration per type), each on its own prisons.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VisitsMigrationIT {
    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    static Path data;
    static Map<String, String> env;
    static String schema;
    static PrisonSyncService service;
    static PrisonSyncService restarted;
    static Simulator simulator;
    static MigrationApi api;
    static RecordingTelemetry telemetry = new RecordingTelemetry();

    @BeforeAll
    static void start() {
        env = ServiceFixture.embeddedEnv(data);
        if (postgresReachable()) {
            schema = "visits_migration_it_" + UUID.randomUUID().toString().substring(0, 8);
            env.putAll(postgres());
        }
        // Short completion checks so a run ends within seconds of its last entity (production waits ~20 s).
        env.put("MIGRATION_COMPLETE_CHECK_DELAY_MS", "500");
        env.put("MIGRATION_COMPLETE_CHECK_RETRY_MS", "200");
        env.put("MIGRATION_COMPLETE_CHECK_SCHEDULED_RETRY_MS", "300");
        env.put("MIGRATION_COMPLETE_CHECK_COUNT", "4");
        env.put("MIGRATION_CANCEL_PURGE_FREQUENCY_MS", "100");
        env.put("MIGRATION_CANCEL_PURGE_TOTAL_MS", "1500");
        env.put("HMPPS_SQS_QUEUES_MIGRATIONVISITS_CONCURRENCY", "8");
        env.put("SQS_VISIBILITY_TIMEOUT_SECONDS", "5");
        service = PrisonSyncService.start(ServiceConfig.from(env), telemetry);
        simulator = service.simulator().orElseThrow();
        api = new MigrationApi(service.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (restarted != null) {
            restarted.close();
        }
        if (service != null) {
            service.close();
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
                c.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    @Test
    @Order(1)
    void everyGeneratedVisitIsMigratedWithItsRoomRestrictionTypeStatusAndVisitors_andAgainMigratesNothing() {
        VisitGenerator.Generated generated = simulator.generateNomisVisits(3000, 42, List.of("MDI", "LEI"));
        mapAllRooms("MDI", "LEI");
        Map<String, Object> filter = Map.of("prisonIds", List.of("MDI", "LEI"), "visitTypes", List.of("SCON", "OFFI"));

        String migrationId = api.start(filter);
        JsonNode run = api.awaitEnd(migrationId, RUN_TIMEOUT);

        assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.get("estimatedRecordCount").asLong()).isEqualTo(3000);
        assertThat(run.get("recordsMigrated").asLong()).isEqualTo(3000);
        assertThat(run.get("recordsFailed").asLong()).isZero();
        LocalDate today = LocalDate.now();
        for (long id = generated.firstVisitId(); id <= generated.lastVisitId(); id++) {
            NomisVisit visit = simulator.nomisVisits().findVisit(id).orElseThrow();
            Mapping mapping = service.core().mappings().findByNomisId("VISIT", Long.toString(id)).orElseThrow();
            assertThat(mapping.label()).isEqualTo(migrationId);
            VisitsMigrationRequest dps = simulator.dpsVisits().migrationRequest(mapping.dpsId()).orElseThrow();
            boolean future = VisitsMigrationTranslation.isFuture(visit, today);
            boolean closed = visit.room().endsWith("-CLOSED");
            assertThat(dps.prisonerId()).isEqualTo(visit.offenderNo());
            assertThat(dps.visitRoom()).isEqualTo(future ? "dps-" + visit.room() : visit.room());
            assertThat(dps.visitRestriction()).isEqualTo(future ? (closed ? "CLOSED" : "OPEN") : "UNKNOWN");
            assertThat(dps.visitType()).isEqualTo(visit.visitType().equals("OFFI") ? "OFFICIAL" : "SOCIAL");
            assertThat(dps.visitStatus()).isEqualTo(visit.cancelled() ? "CANCELLED" : "BOOKED");
            assertThat(dps.visitorPersonIds()).isEqualTo(visit.visitorPersonIds());
        }

        String again = api.start(filter);
        JsonNode second = api.awaitEnd(again, RUN_TIMEOUT);
        assertThat(second.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(second.get("recordsMigrated").asLong()).isZero();
        assertThat(second.get("recordsFailed").asLong()).isZero();
        assertThat(telemetry.named("visits-migration-entity-ignored").stream()
                .filter(e -> again.equals(e.properties().get("migrationId")))
                .map(e -> e.properties().get("reason")).distinct().toList())
                .containsExactly("Mapping already exists - must have already been migrated");
        assertThat(simulator.dpsVisits().migratedCount()).isEqualTo(3000);
    }

    @Test
    @Order(2)
    void unmappedRoomsAreWarnedInThePreviewAndTheirFutureVisitsFailListedWithTheReason() {
        VisitGenerator.Generated generated = simulator.generateNomisVisits(400, 7, List.of("BXI"));
        createRoom("BXI", "BXI-VISITS-SOC_VIS", true);
        createRoom("BXI", "BXI-VISITS-OFF_VIS", true);
        List<Long> unmapped = new ArrayList<>();
        for (long id = generated.firstVisitId(); id <= generated.lastVisitId(); id++) {
            NomisVisit visit = simulator.nomisVisits().findVisit(id).orElseThrow();
            if (visit.room().equals("BXI-VISITS-CLOSED") && VisitsMigrationTranslation.isFuture(visit,
                    LocalDate.now())) {
                unmapped.add(id);
            }
        }
        assertThat(unmapped).isNotEmpty();
        Map<String, Object> filter = Map.of("prisonIds", List.of("BXI"), "visitTypes", List.of("SCON", "OFFI"));

        MigrationApi.Answer preview = api.call("POST", "/migrate/visits/preview", filter);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("estimatedCount").asLong()).isEqualTo(400);
        assertThat(preview.json().get("warnings").toString()).contains(unmapped.size() + " future visit(s)")
                .contains("BXI-VISITS-CLOSED");

        String migrationId = api.start(filter);
        JsonNode run = api.awaitEnd(migrationId, RUN_TIMEOUT);
        assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.get("recordsMigrated").asLong()).isEqualTo(400 - unmapped.size());
        assertThat(run.get("recordsFailed").asLong()).isEqualTo(unmapped.size());
        JsonNode failures = api.call("GET", "/migrate/failures/" + migrationId, null).json();
        assertThat(failures).hasSize(unmapped.size());
        List<Long> failedIds = new ArrayList<>();
        failures.forEach(f -> {
            failedIds.add(f.get("entityId").asLong());
            assertThat(f.get("reason").asText()).contains("no room mapping", "BXI-VISITS-CLOSED");
        });
        assertThat(failedIds).containsExactlyInAnyOrderElementsOf(unmapped);
        assertThat(telemetry.named("nomis-migration-visit-no-room-mapping")).isNotEmpty();

        MigrationApi.Answer purged = api.call("DELETE", "/migrate/dead-letter-queue/VISITS", null);
        assertThat(purged.json().get("messagesFoundCount").asLong()).isEqualTo(unmapped.size());
        assertThat(api.call("GET", "/migrate/dead-letter-queue/VISITS/count", null).body()).isEqualTo("0");
    }

    @Test
    @Order(3)
    void aCancelledRunEndsCancelledAndNothingIsMigratedAfterThePurge() throws InterruptedException {
        simulator.generateNomisVisits(6000, 3, List.of("CFI"));
        mapAllRooms("CFI");
        String migrationId = api.start(Map.of("prisonIds", List.of("CFI"), "visitTypes", List.of("SCON", "OFFI")));
        ServiceFixture.await("some visits migrated", RUN_TIMEOUT, () ->
                service.core().mappings().countByLabel("VISIT", migrationId) >= 300);

        assertThat(api.call("POST", "/migrate/cancel/" + migrationId, null).status()).isEqualTo(202);
        JsonNode run = api.awaitEnd(migrationId, RUN_TIMEOUT);
        assertThat(run.get("status").asText()).isEqualTo("CANCELLED");
        long atEnd = service.core().mappings().countByLabel("VISIT", migrationId);
        Thread.sleep(2000);
        assertThat(service.core().mappings().countByLabel("VISIT", migrationId)).isEqualTo(atEnd).isLessThan(6000);
        assertThat(run.get("recordsMigrated").asLong()).isEqualTo(atEnd);
        assertThat(service.core().migrations().active("VISITS")).isEmpty();
        assertThat(api.call("POST", "/migrate/cancel/" + migrationId, null).status()).isEqualTo(409);
        assertThat(api.call("POST", "/migrate/cancel/2001-01-01T00:00:00", null).status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void aServiceKilledMidRunIsReplacedAndTheRunCompletesWithExactCounts() {
        simulator.generateNomisVisits(5000, 5, List.of("KMI"));
        mapAllRooms("KMI");
        String migrationId = api.start(Map.of("prisonIds", List.of("KMI"), "visitTypes", List.of("SCON", "OFFI")));
        ServiceFixture.await("some visits migrated", RUN_TIMEOUT, () ->
                service.core().mappings().countByLabel("VISIT", migrationId) >= 500);

        service.halt();
        Map<String, String> second = ServiceFixture.secondInstanceEnv(env, data);
        second.put("AUTH_ENABLED", "false");
        if (schema != null) {
            second.putAll(postgres());
        }
        restarted = PrisonSyncService.start(ServiceConfig.from(second), telemetry);
        MigrationApi restartedApi = new MigrationApi(restarted.port());

        JsonNode run = restartedApi.awaitEnd(migrationId, RUN_TIMEOUT);
        assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.get("recordsMigrated").asLong()).isEqualTo(5000);
        assertThat(run.get("recordsFailed").asLong()).isZero();
        assertThat(restarted.core().mappings().countByLabel("VISIT", migrationId)).isEqualTo(5000);
    }

    @Test
    @Order(5)
    void aForgedCommandIsDeadLetteredAtOnce_andADuplicateDpsCopyIsRemovedAfterADryRun() {
        PrisonSyncService live = restarted != null ? restarted : service;
        MigrationApi liveApi = new MigrationApi(live.port());
        String queue = live.core().migrations().types().require("VISITS").queue().queueName();
        // the message that once filled the heap: an estimate of 10^12 for a run nobody started
        live.messageQueue().send(queue, new MigrationContext("VISITS", "2001-01-01T00:00:00", 1_000_000_000_000L,
                Map.of("visitTypes", List.of("SCON")), Map.of()).message(MigrationMessages.MIGRATE_ENTITIES));
        ServiceFixture.await("the forged command on the DLQ", RUN_TIMEOUT,
                () -> live.core().migrations().dlqCount("VISITS") == 1);
        assertThat(telemetry.named("visits-migration-message-rejected")).anySatisfy(e -> assertThat(e.properties())
                .containsEntry("reason", "no migration 2001-01-01T00:00:00 in the history"));
        assertThat(liveApi.call("DELETE", "/migrate/dead-letter-queue/VISITS", null).status()).isEqualTo(200);

        VisitGenerator.Generated generated = simulator.generateNomisVisits(10, 11, List.of("DUP"));
        for (String room : VisitGenerator.rooms("DUP")) {
            assertThat(liveApi.call("POST", "/migrate/visits/rooms/mappings/DUP", Map.of("nomisRoomDescription",
                    room, "vsipId", "dps-" + room, "isOpen", true)).status()).isEqualTo(201);
        }
        String migrationId = liveApi.start(Map.of("prisonIds", List.of("DUP"), "visitTypes", List.of("SCON", "OFFI")));
        assertThat(liveApi.awaitEnd(migrationId, RUN_TIMEOUT).get("recordsMigrated").asLong()).isEqualTo(10);
        long visitId = generated.firstVisitId();
        String kept = live.core().mappings().findByNomisId("VISIT", Long.toString(visitId)).orElseThrow().dpsId();
        // what a lost attempt leaves behind: a second copy in DPS that no mapping holds
        String copy = ((EntityWrite.Written) live.core().domain(VisitsDomain.class).migration().migrate(Long.toString(visitId),
                migrationId)).dpsId();
        String path = "/migrate/visits/" + visitId + "/duplicates/";

        MigrationApi.Answer planned = liveApi.call("DELETE", path + copy + "?dryRun=true", null);
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        assertThat(planned.json().get("status").asText()).isEqualTo("PLANNED");
        assertThat(simulator.dpsVisits().findVisit(copy)).isPresent();
        assertThat(liveApi.call("DELETE", path + kept + "?dryRun=true", null).status()).isEqualTo(409);
        MigrationApi.Answer badId = liveApi.call("DELETE", "/migrate/visits/12a/duplicates/" + copy, null);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("userMessage").asText()).contains("nomisVisitId");

        MigrationApi.Answer removed = liveApi.call("DELETE", path + copy, null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("status").asText()).isEqualTo("DONE");
        assertThat(simulator.dpsVisits().findVisit(copy)).isEmpty();
        assertThat(simulator.dpsVisits().findVisit(kept)).isPresent();
        assertThat(liveApi.call("DELETE", path + copy, null).status()).isEqualTo(404);
    }

    private static void mapAllRooms(String... prisons) {
        for (String prison : prisons) {
            for (String room : VisitGenerator.rooms(prison)) {
                createRoom(prison, room, !room.endsWith("-CLOSED"));
            }
        }
    }

    private static void createRoom(String prison, String room, boolean open) {
        MigrationApi.Answer created = api.call("POST", "/migrate/visits/rooms/mappings/" + prison,
                Map.of("nomisRoomDescription", room, "vsipId", "dps-" + room, "isOpen", open));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static boolean postgresReachable() {
        try (Connection ignored = DriverManager.getConnection(PG_URL, "postgres", "")) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Map<String, String> postgres() {
        return Map.of("DATABASE_URL", PG_URL, "DATABASE_USERNAME", "postgres", "DATABASE_SCHEMA", schema);
    }
}
