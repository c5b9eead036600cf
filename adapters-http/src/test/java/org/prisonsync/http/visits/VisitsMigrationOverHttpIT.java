package org.prisonsync.http.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryMigrationFailures;
import org.prisonsync.core.inmemory.InMemoryMigrationHistory;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.visits.inmemory.InMemoryVisitRoomMappings;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.migration.MigrationHandler;
import org.prisonsync.core.migration.MigrationPorts;
import org.prisonsync.core.migration.MigrationRegistry;
import org.prisonsync.core.migration.MigrationRun;
import org.prisonsync.core.migration.MigrationSettings;
import org.prisonsync.core.migration.MigrationStatus;
import org.prisonsync.core.migration.Migrations;
import org.prisonsync.core.migration.StartResult;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.EventRoutes;
import org.prisonsync.core.sync.FeatureSwitches;
import org.prisonsync.core.sync.MessageProcessor;
import org.prisonsync.core.sync.QueueDirectory;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.VisitRoomMapping;
import org.prisonsync.core.visits.VisitsMigration;
import org.prisonsync.core.visits.VisitsMigrationFilter;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.SimulatedUpstream;
import org.prisonsync.simulator.visits.VisitGenerator;

/** The visits migration through the real HTTP adapters against the simulator: paging, reads and DPS writes. */
class VisitsMigrationOverHttpIT {
    private final SimulatedUpstream upstream = new SimulatedUpstream();

    @AfterEach
    void stop() {
        upstream.close();
    }

    @Test
    void generatedNomisVisitsAreAllMigratedToDpsOverHttp() {
        upstream.simulator.generateNomisVisits(1000, 11, List.of("MDI", "LEI"));
        InMemoryVisitRoomMappings rooms = new InMemoryVisitRoomMappings();
        for (String prison : List.of("MDI", "LEI")) {
            List<String> nomisRooms = VisitGenerator.rooms(prison);
            for (int i = 0; i < nomisRooms.size(); i++) {
                rooms.create(new VisitRoomMapping(prison, nomisRooms.get(i), prison + " room " + i, i != 2));
            }
        }
        QueueDefinition queue = VisitsMigration.defaultQueue();
        InMemoryQueues queues = new InMemoryQueues(List.of(queue));
        InMemoryMappingStore mappings = new InMemoryMappingStore();
        VisitsMigration visits = new VisitsMigration(
                VisitsHttp.visitsNomisApi(upstream.client, upstream.settings),
                VisitsHttp.visitsDpsApi(upstream.client, upstream.settings), rooms, Clock.systemDefaultZone(),
                queue, 500);
        MigrationRegistry registry = new MigrationRegistry(List.of(visits));
        MigrationPorts ports = new MigrationPorts(mappings, queues, queues, new InMemoryMigrationHistory(),
                new InMemoryMigrationFailures(), new RecordingTelemetry(), Clock.systemDefaultZone(),
                new InMemoryWriteClaims());
        EventRoutes routes = new EventRoutes();
        new MigrationHandler(registry, ports, MigrationSettings.immediate()).register(routes);
        MessageProcessor processor = new MessageProcessor(routes, FeatureSwitches.allOn(),
                new QueueDirectory(List.of(queue)), new RecordingTelemetry());
        Migrations migrations = new Migrations(registry, ports, MigrationSettings.immediate());

        StartResult started = migrations.start(visits,
                new VisitsMigrationFilter(List.of(), List.of("SCON", "OFFI"), null, null, false));
        queues.pump(queue.queueName(), processor);

        String id = ((StartResult.Started) started).context().migrationId();
        MigrationRun run = migrations.run(id).orElseThrow();
        assertThat(run.status()).isEqualTo(MigrationStatus.COMPLETED);
        assertThat(run.estimatedCount()).isEqualTo(1000);
        assertThat(run.migratedCount()).isEqualTo(1000);
        assertThat(run.failedCount()).isZero();
        assertThat(upstream.simulator.dpsVisits().migratedCount()).isEqualTo(1000);

        NomisVisit closedFuture = upstream.simulator.nomisVisits().all().stream()
                .filter(v -> v.room().endsWith("-CLOSED") && v.startDateTime().isAfter(java.time.LocalDateTime.now()))
                .findFirst().orElseThrow();
        Mapping mapping = mappings.findByNomisId("VISIT", Long.toString(closedFuture.visitId())).orElseThrow();
        DpsVisit migrated = upstream.simulator.dpsVisits().findVisit(mapping.dpsId()).orElseThrow();
        assertThat(migrated.visitRoom()).isEqualTo(closedFuture.prisonId() + " room 2");
        assertThat(migrated.visitRestriction()).isEqualTo("CLOSED");
        assertThat(migrated.prisonerId()).isEqualTo(closedFuture.offenderNo());
        assertThat(upstream.simulator.dpsVisits().migrationRequest(mapping.dpsId()).orElseThrow().visitContact())
                .isNotNull();
    }
}
