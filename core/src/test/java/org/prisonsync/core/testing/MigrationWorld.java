package org.prisonsync.core.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryMigrationFailures;
import org.prisonsync.core.inmemory.InMemoryMigrationHistory;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.visits.inmemory.InMemoryVisitRoomMappings;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingStepTrail;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.migration.MigrationHandler;
import org.prisonsync.core.migration.MigrationPorts;
import org.prisonsync.core.migration.MigrationRegistry;
import org.prisonsync.core.migration.MigrationRun;
import org.prisonsync.core.migration.MigrationSettings;
import org.prisonsync.core.migration.Migrations;
import org.prisonsync.core.queue.MessageHandler;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.EventRoutes;
import org.prisonsync.core.sync.FeatureSwitches;
import org.prisonsync.core.sync.MessageProcessor;
import org.prisonsync.core.sync.QueueDirectory;
import org.prisonsync.core.telemetry.FanOutTelemetry;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.VisitRoomMapping;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.core.visits.VisitsMigration;
import org.prisonsync.core.visits.VisitsMigrationRequest;

/**
 * The visits migration over in-memory ports, wired as a runner would: one message processor with the migration
 * handlers registered, the migration queue pumped until empty. {@link #restart} drops the engine (there is no
 * in-flight state to keep) and builds a new one over the same queues and stores, as a process restart would.
 *
 * <p>{@link #seedVisits} puts {@code n} deterministic NOMIS visits in two prisons with three rooms each; half of them
 * are in the future (and so need a room mapping), every fifth is official, every seventh cancelled.
 */
public final class MigrationWorld {
    public static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 2, 1);
    public static final List<String> PRISONS = List.of("MDI", "LEI");
    public static final int PAGE_SIZE = 100;

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryMappingStore storedMappings = new InMemoryMappingStore(clock);
    private final FailingMappingStore mappings;
    private final QueueDefinition queue = VisitsMigration.defaultQueue().withMaxReceiveCount(3);
    private final InMemoryQueues queues = new InMemoryQueues(List.of(queue));
    private final InMemoryMigrationHistory history = new InMemoryMigrationHistory();
    private final InMemoryMigrationFailures failures = new InMemoryMigrationFailures();
    private final InMemoryVisitRoomMappings rooms = new InMemoryVisitRoomMappings();
    private final InMemoryVisitsNomisApi nomis = new InMemoryVisitsNomisApi(clock);
    private final InMemoryVisitsDpsApi dps = new InMemoryVisitsDpsApi();
    private final InMemoryWriteClaims claims = new InMemoryWriteClaims();
    /** Runs before each {@code POST /migrate-visits}: lets a test hold writers at a gate so that they race. */
    private volatile Runnable beforeDpsWrite = () -> { };
    private final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    private final VisitsMigration visits;
    private final int entitiesPerMessage;
    private Migrations migrations;
    private MessageProcessor processor;
    private RecordingStepTrail stepTrail;

    public MigrationWorld(int failingMappingSaves) {
        this(failingMappingSaves, MigrationSettings.immediate().entitiesPerMessage());
    }

    /** With {@code entitiesPerMessage} NOMIS ids in each {@code MIGRATE_ENTITY} message. */
    public MigrationWorld(int failingMappingSaves, int entitiesPerMessage) {
        this(failingMappingSaves, entitiesPerMessage, PAGE_SIZE);
    }

    /** With pages of {@code pageSize} ids (upstream reads 1,000 at a time). */
    public MigrationWorld(int failingMappingSaves, int entitiesPerMessage, int pageSize) {
        this.entitiesPerMessage = entitiesPerMessage;
        this.mappings = new FailingMappingStore(storedMappings, failingMappingSaves);
        this.visits = new VisitsMigration(nomis, new GatedDps(), rooms, clock, queue, pageSize);
        restart();
    }

    public MigrationWorld() {
        this(0);
    }

    /** A new engine over the same queues and stores. */
    public void restart() {
        MigrationRegistry registry = new MigrationRegistry(List.of(visits));
        MigrationPorts ports = new MigrationPorts(mappings, queues, queues, history, failures, telemetry, clock,
                claims);
        MigrationSettings settings = MigrationSettings.immediate().withEntitiesPerMessage(entitiesPerMessage);
        EventRoutes routes = new EventRoutes();
        new MigrationHandler(registry, ports, settings).register(routes);
        this.migrations = new Migrations(registry, ports, settings);
        this.processor = new MessageProcessor(routes, FeatureSwitches.allOn(), new QueueDirectory(List.of(queue)),
                stepTrail == null ? telemetry : new FanOutTelemetry(List.of(telemetry, stepTrail)), clock);
    }

    /** Hands the steps of every delivery to {@code steps}, as a runner's trail would be given them. */
    public MigrationWorld stepTrail(RecordingStepTrail steps) {
        this.stepTrail = steps;
        restart();
        return this;
    }

    public int pump() {
        return pump(processor);
    }

    public int pump(MessageHandler handler) {
        return queues.pump(queue.queueName(), handler);
    }

    /** Maps every room {@link #seedVisits} uses: social and official rooms open, the closed booth closed. */
    public void mapAllRooms() {
        for (String prison : PRISONS) {
            rooms.create(new VisitRoomMapping(prison, prison + "-VISITS-SOC_VIS", prison + " Main Hall", true));
            rooms.create(new VisitRoomMapping(prison, prison + "-VISITS-OFF_VIS", prison + " Legal Room", true));
            rooms.create(new VisitRoomMapping(prison, prison + "-VISITS-CLOSED", prison + " Closed Booth", false));
        }
    }

    public void seedVisits(int n) {
        for (int i = 1; i <= n; i++) {
            nomis.seed(visit(i), "Lead Visitor " + i, "0114 " + (100000 + i));
        }
    }

    /** The {@code i}-th seeded visit (ids start at 1). */
    public static NomisVisit visit(int i) {
        String prison = PRISONS.get(i % 2);
        String room = prison + List.of("-VISITS-SOC_VIS", "-VISITS-OFF_VIS", "-VISITS-CLOSED").get(i % 3);
        boolean future = isFuture(i);
        LocalDateTime start = future ? TODAY.plusDays(1 + i % 300).atTime(14, 0)
                : TODAY.minusDays(1 + i % 200).atTime(10, 0);
        boolean cancelled = i % 7 == 0;
        String status = cancelled ? "CANC" : future ? "SCH" : "NORM";
        return new NomisVisit(i, String.format("A%04dBC", i % 10_000), prison, start, start.plusHours(1),
                i % 5 == 0 ? "OFFI" : "SCON", status, cancelled ? "VISCANC" : null, room, "comment " + i,
                i % 4 == 0 ? "concern " + i : null, List.of(1000L + i, 2000L + i), 1000L + i, "CREATOR",
                i % 3 == 0 ? "MODIFIER" : null, LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(i), null);
    }

    public static boolean isFuture(int i) {
        return (i / 2) % 2 == 0;
    }

    public Migrations migrations() {
        return migrations;
    }

    public MessageProcessor processor() {
        return processor;
    }

    public VisitsMigration visits() {
        return visits;
    }

    public MutableClock clock() {
        return clock;
    }

    public InMemoryMappingStore mappings() {
        return storedMappings;
    }

    public FailingMappingStore mappingPort() {
        return mappings;
    }

    public QueueDefinition queue() {
        return queue;
    }

    public InMemoryQueues queues() {
        return queues;
    }

    public InMemoryMigrationHistory history() {
        return history;
    }

    public InMemoryVisitRoomMappings rooms() {
        return rooms;
    }

    public InMemoryVisitsNomisApi nomis() {
        return nomis;
    }

    public InMemoryVisitsDpsApi dps() {
        return dps;
    }

    public RecordingTelemetry telemetry() {
        return telemetry;
    }

    /** A run of the visits type in history, as a start records it (nothing queued): for messages made by hand. */
    public String recordRun(long estimatedCount) {
        String id = "2026-02-01T10:00:00";
        history.start(MigrationRun.started(id, VisitsMigration.NAME, "{}", NOW, estimatedCount));
        return id;
    }

    /** One delivery of {@code message} from the migration queue, as a poller hands it to the processor. */
    public InboundMessage delivery(InternalMessage message, String messageId, int receiveCount) {
        return new InboundMessage(queue.queueName(), messageId, receiveCount, message, message.toString(), Map.of());
    }

    public InMemoryWriteClaims claims() {
        return claims;
    }

    public void beforeEachDpsWrite(Runnable hook) {
        this.beforeDpsWrite = hook;
    }

    /** The in-memory visit scheduler, with {@link #beforeEachDpsWrite}'s hook in front of its migrate endpoint. */
    private final class GatedDps implements VisitsDpsApi {
        @Override
        public Optional<DpsVisit> findVisit(String reference) {
            return dps.findVisit(reference);
        }

        @Override
        public CancelResult cancelVisit(String reference, String outcomeStatus, String actionedBy) {
            return dps.cancelVisit(reference, outcomeStatus, actionedBy);
        }

        @Override
        public String migrateVisit(VisitsMigrationRequest request) {
            beforeDpsWrite.run();
            return dps.migrateVisit(request);
        }

        @Override
        public List<DpsVisit> findVisits(String prisonerId, String prisonId, LocalDate day) {
            return dps.findVisits(prisonerId, prisonId, day);
        }

        @Override
        public boolean deleteMigratedVisit(String reference) {
            return dps.deleteMigratedVisit(reference);
        }
    }
}
