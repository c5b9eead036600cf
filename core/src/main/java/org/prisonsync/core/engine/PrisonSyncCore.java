package org.prisonsync.core.engine;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.prisonsync.core.alerts.AlertPorts;
import org.prisonsync.core.alerts.AlertRepairs;
import org.prisonsync.core.alerts.AlertsReconciliation;
import org.prisonsync.core.alerts.AlertsReconciliationSettings;
import org.prisonsync.core.alerts.AlertsSync;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.migration.MigrationHandler;
import org.prisonsync.core.migration.MigrationPorts;
import org.prisonsync.core.migration.MigrationRegistry;
import org.prisonsync.core.migration.MigrationSettings;
import org.prisonsync.core.migration.MigrationStores;
import org.prisonsync.core.migration.Migrations;
import org.prisonsync.core.movements.MovementHousekeeping;
import org.prisonsync.core.movements.MovementPorts;
import org.prisonsync.core.movements.MovementQueries;
import org.prisonsync.core.movements.MovementsSync;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.EventRoutes;
import org.prisonsync.core.sync.FeatureSwitches;
import org.prisonsync.core.sync.MappingRetryHandler;
import org.prisonsync.core.sync.MessageProcessor;
import org.prisonsync.core.sync.QueueDirectory;
import org.prisonsync.core.sync.SyncSettings;
import org.prisonsync.core.sync.UpdateFlow;
import org.prisonsync.core.visits.VisitMigrationRepairs;
import org.prisonsync.core.visits.VisitRepairs;
import org.prisonsync.core.visits.VisitsMigration;
import org.prisonsync.core.visits.VisitsSync;

/**
 * The core, wired from its ports: one message processor for every queue (routing by event type), and the
 * operations the service's endpoints and the CLI's commands both call. Build one per process.
 */
public final class PrisonSyncCore {
    private final CorePorts ports;
    private final QueueDirectory queues;
    private final FeatureSwitches switches;
    private final EventRoutes routes = new EventRoutes();
    private final MessageProcessor processor;
    private final VisitRepairs visitRepairs;
    private final VisitMigrationRepairs visitMigrationRepairs;
    private final MovementHousekeeping movementHousekeeping;
    private final MovementQueries movementQueries;
    private final Migrations migrations;
    private final AlertRepairs alertRepairs;
    private final AlertsReconciliation alertsReconciliation;
    /** Bounded concurrency for reconciliations: daemon threads, so an embedding program can exit without closing. */
    private final ExecutorService reconciliationPool = Executors.newFixedThreadPool(4, r -> {
        Thread thread = new Thread(r, "reconciliation");
        thread.setDaemon(true);
        return thread;
    });
    private final VisitsMigration visitsMigration;

    /** The core without movement reconciliation (visits sync and repair only). */
    public PrisonSyncCore(CorePorts ports, List<QueueDefinition> queues, FeatureSwitches switches,
                          SyncSettings settings) {
        this(ports, null, queues, switches, settings);
    }

    /** The core with movement reconciliation when {@code movements} is given. */
    public PrisonSyncCore(CorePorts ports, MovementPorts movements, List<QueueDefinition> queues,
                          FeatureSwitches switches, SyncSettings settings) {
        this(ports, movements, null, queues, switches, settings);
    }

    /** The core with movement reconciliation and bulk migration where their parts are given (null = without). */
    public PrisonSyncCore(CorePorts ports, MovementPorts movements, MigrationStores migration,
                          List<QueueDefinition> queues, FeatureSwitches switches, SyncSettings settings) {
        this(ports, movements, migration, null, queues, switches, settings);
    }

    /**
     * The core with every optional domain whose parts are given (null = without): movement reconciliation, bulk
     * migration, alerts.
     */
    public PrisonSyncCore(CorePorts ports, MovementPorts movements, MigrationStores migration, AlertPorts alerts,
                          List<QueueDefinition> queues, FeatureSwitches switches, SyncSettings settings) {
        this.ports = ports;
        this.queues = new QueueDirectory(queues);
        this.switches = switches;
        CreateFlow create = new CreateFlow(ports.mappings(), ports.claims(), ports.queue(), ports.clock(), settings);
        UpdateFlow update = new UpdateFlow(ports.mappings());
        new VisitsSync(ports.visitsDps(), ports.visitsNomis(), ports.mappings(), create, update, ports.clock())
                .register(routes);
        routes.onInternal(InternalMessage.RETRY_CREATE_MAPPING,
                new MappingRetryHandler(ports.mappings(), ports.claims(), routes));
        if (movements != null) {
            new MovementsSync(movements.pairs(), movements.prisonMovements(), ports.clock(), movements.settings())
                    .register(routes);
            this.movementHousekeeping = new MovementHousekeeping(movements.pairs(), ports.telemetry(), ports.clock(),
                    movements.settings());
            this.movementQueries = new MovementQueries(movements.pairs(), ports.clock(), movements.settings());
        } else {
            this.movementHousekeeping = null;
            this.movementQueries = null;
        }
        if (migration != null) {
            this.visitsMigration = new VisitsMigration(ports.visitsNomis(), ports.visitsDps(), migration.visitRooms(),
                    ports.clock(), migration.visitsQueue(), VisitsMigration.DEFAULT_PAGE_SIZE);
            MigrationRegistry registry = new MigrationRegistry(List.of(visitsMigration));
            MigrationPorts migrationPorts = new MigrationPorts(ports.mappings(), ports.queue(), ports.queueAdmin(),
                    migration.history(), migration.failures(), ports.telemetry(), ports.clock(), ports.claims());
            // one lease for every write claim of the process, the sync's and the migration's
            MigrationSettings migrationSettings = migration.settings().withClaimLease(settings.claimLease());
            new MigrationHandler(registry, migrationPorts, migrationSettings).register(routes);
            this.migrations = new Migrations(registry, migrationPorts, migrationSettings);
        } else {
            this.visitsMigration = null;
            this.migrations = null;
        }
        if (alerts != null) {
            new AlertsSync(alerts, ports.mappings(), ports.claims(), ports.queue(), ports.clock(), settings)
                    .register(routes);
            this.alertRepairs = new AlertRepairs(alerts, ports.mappings(), ports.telemetry());
            this.alertsReconciliation = new AlertsReconciliation(alerts, ports.telemetry(), reconciliationPool,
                    AlertsReconciliationSettings.DEFAULTS);
        } else {
            this.alertRepairs = null;
            this.alertsReconciliation = null;
        }
        this.processor = new MessageProcessor(routes, switches, this.queues, ports.telemetry());
        this.visitRepairs = new VisitRepairs(ports.visitsDps(), ports.visitsNomis(), ports.mappings(),
                ports.telemetry(), ports.clock());
        this.visitMigrationRepairs = new VisitMigrationRepairs(ports.visitsDps(), ports.visitsNomis(),
                ports.mappings(), ports.telemetry());
    }

    /** Handles a delivery from any configured queue. */
    public MessageProcessor processor() {
        return processor;
    }

    public VisitRepairs visitRepairs() {
        return visitRepairs;
    }

    /** The visits migration's repair: remove a DPS visit reported as a duplicate copy of a migrated visit. */
    public VisitMigrationRepairs visitMigrationRepairs() {
        return visitMigrationRepairs;
    }

    /** Movement housekeeping: late matching, non-match reporting, purge. */
    public MovementHousekeeping movementHousekeeping() {
        return requireMovements(movementHousekeeping);
    }

    public MovementQueries movementQueries() {
        return requireMovements(movementQueries);
    }

    /** Bulk migrations (start, preview, cancel, history, failures, DLQ per type). */
    public Migrations migrations() {
        return require(migrations, "bulk migration");
    }

    /** Alert repairs: resync a prisoner either way, remove a double-submitted DPS alert. */
    public AlertRepairs alertRepairs() {
        return require(alertRepairs, "alerts");
    }

    /** Active alerts per prisoner, NOMIS vs DPS. */
    public AlertsReconciliation alertsReconciliation() {
        return require(alertsReconciliation, "alerts");
    }

    /** The visits migration type: room usage and room mappings. */
    public VisitsMigration visitsMigration() {
        return require(visitsMigration, "bulk migration");
    }

    private static <T> T requireMovements(T part) {
        return require(part, "movement reconciliation");
    }

    private static <T> T require(T part, String what) {
        if (part == null) {
            throw new IllegalStateException(what + " is not configured in this core");
        }
        return part;
    }

    public QueueAdmin queueAdmin() {
        return ports.queueAdmin();
    }

    public MappingStore mappings() {
        return ports.mappings();
    }

    public QueueDirectory queues() {
        return queues;
    }

    public FeatureSwitches featureSwitches() {
        return switches;
    }

    public EventRoutes routes() {
        return routes;
    }
}
