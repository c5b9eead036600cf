package org.prisonsync.core.engine;

import java.util.List;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.InternalMessage;
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

    public PrisonSyncCore(CorePorts ports, List<QueueDefinition> queues, FeatureSwitches switches,
                          SyncSettings settings) {
        this.ports = ports;
        this.queues = new QueueDirectory(queues);
        this.switches = switches;
        CreateFlow create = new CreateFlow(ports.mappings(), ports.claims(), ports.queue(), ports.clock(), settings);
        UpdateFlow update = new UpdateFlow(ports.mappings());
        new VisitsSync(ports.visitsDps(), ports.visitsNomis(), ports.mappings(), create, update, ports.clock())
                .register(routes);
        routes.onInternal(InternalMessage.RETRY_CREATE_MAPPING,
                new MappingRetryHandler(ports.mappings(), ports.claims()));
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
