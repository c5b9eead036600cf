package org.prisonsync.core.engine;

import java.util.List;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.InternalMessage;
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
import org.prisonsync.core.visits.VisitRepairs;
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
    private final MovementHousekeeping movementHousekeeping;
    private final MovementQueries movementQueries;

    /** The core without movement reconciliation (visits sync and repair only). */
    public PrisonSyncCore(CorePorts ports, List<QueueDefinition> queues, FeatureSwitches switches,
                          SyncSettings settings) {
        this(ports, null, queues, switches, settings);
    }

    /** The core with movement reconciliation when {@code movements} is given. */
    public PrisonSyncCore(CorePorts ports, MovementPorts movements, List<QueueDefinition> queues,
                          FeatureSwitches switches, SyncSettings settings) {
        this.ports = ports;
        this.queues = new QueueDirectory(queues);
        this.switches = switches;
        CreateFlow create = new CreateFlow(ports.mappings(), ports.claims(), ports.queue(), ports.clock(), settings);
        UpdateFlow update = new UpdateFlow(ports.mappings());
        new VisitsSync(ports.visitsDps(), ports.visitsNomis(), ports.mappings(), create, update, ports.clock())
                .register(routes);
        routes.onInternal(InternalMessage.RETRY_CREATE_MAPPING,
                new MappingRetryHandler(ports.mappings(), ports.claims()));
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
        this.processor = new MessageProcessor(routes, switches, this.queues, ports.telemetry());
        this.visitRepairs = new VisitRepairs(ports.visitsDps(), ports.visitsNomis(), ports.mappings(),
                ports.telemetry(), ports.clock());
    }

    /** Handles a delivery from any configured queue. */
    public MessageProcessor processor() {
        return processor;
    }

    public VisitRepairs visitRepairs() {
        return visitRepairs;
    }

    /** Movement housekeeping: late matching, non-match reporting, purge. */
    public MovementHousekeeping movementHousekeeping() {
        return requireMovements(movementHousekeeping);
    }

    public MovementQueries movementQueries() {
        return requireMovements(movementQueries);
    }

    private static <T> T requireMovements(T part) {
        if (part == null) {
            throw new IllegalStateException("movement reconciliation is not configured in this core");
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
