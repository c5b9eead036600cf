package org.prisonsync.core.engine;

import org.prisonsync.core.notify.NotifyRule;
import org.prisonsync.core.notify.EngineNotifyRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.ScheduledWork;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.migration.MigrationHandler;
import org.prisonsync.core.migration.MigrationPorts;
import org.prisonsync.core.migration.MigrationRegistry;
import org.prisonsync.core.migration.MigrationSettings;
import org.prisonsync.core.migration.MigrationStores;
import org.prisonsync.core.migration.MigrationType;
import org.prisonsync.core.migration.Migrations;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationEngine;
import org.prisonsync.core.reconciliation.ReconciliationExclusions;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.ReconciliationRuns;
import org.prisonsync.core.reconciliation.inmemory.InMemoryReconciliationExclusions;
import org.prisonsync.core.reconciliation.inmemory.InMemoryReconciliationRuns;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.EventRoutes;
import org.prisonsync.core.sync.FeatureSwitches;
import org.prisonsync.core.sync.MappingRetryHandler;
import org.prisonsync.core.sync.MessageProcessor;
import org.prisonsync.core.sync.QueueDirectory;
import org.prisonsync.core.sync.SyncSettings;
import org.prisonsync.core.sync.UpdateFlow;
import org.prisonsync.core.sync.UpsertFlow;

/**
 * The core, assembled from the shared ports and a list of domains: one message processor for every queue (each
 * queue routed to the domains that declared it), the migrations and reconciliations the domains declare, and their
 * scheduled work.
 * It names no domain; runners and tests reach a domain's own parts with {@link #domain(Class)}. Build one per
 * process with {@link #builder(SharedPorts)}.
 */
public final class PrisonSyncCore {
    private final SharedPorts shared;
    private final List<SyncDomain> domains;
    private final QueueDirectory queues;
    private final FeatureSwitches switches;
    private final EventRoutes routes;
    private final MessageProcessor processor;
    private final Migrations migrations;
    private final List<ScheduledWork> jobs;
    private final ReconciliationEngine reconciliations;
    private final List<NotifyRule> notifyRules;
    private final List<DomainDeclaration> registered;

    private PrisonSyncCore(Builder builder) {
        this.shared = builder.shared;
        this.domains = List.copyOf(builder.domains);
        this.switches = builder.switches;
        this.routes = new EventRoutes();
        Map<String, QueueDefinition> queuesById = queueDefinitions(builder);
        this.queues = new QueueDirectory(List.copyOf(queuesById.values()));
        CreateFlow create = new CreateFlow(shared.mappings(), shared.claims(), shared.queue(), shared.clock(),
                builder.settings);
        UpdateFlow update = new UpdateFlow(shared.mappings());
        UpsertFlow upsert = new UpsertFlow(shared.claims(), shared.clock(), builder.settings);
        routes.onInternal(InternalMessage.RETRY_CREATE_MAPPING,
                new MappingRetryHandler(shared.mappings(), shared.claims(), routes));
        List<MigrationType<?>> migrationTypes = new ArrayList<>();
        List<ScheduledWork> allJobs = new ArrayList<>();
        List<Reconciliation<?>> allReconciliations = new ArrayList<>();
        List<NotifyRule> rules = new ArrayList<>(EngineNotifyRules.ALL);
        Offers offers = new Offers();
        List<DomainDeclaration> registrations = new ArrayList<>();
        for (SyncDomain domain : domains) {
            Installation kit = new Installation(domain, shared, builder.settings, create, update, upsert, routes,
                    queuesById, offers);
            domain.install(kit);
            // an event arriving on a domain's queue goes to that domain's handlers only
            domain.queues().forEach(spec -> routes.bindQueue(queuesById.get(spec.id()).queueName(), domain.name()));
            migrationTypes.addAll(kit.migrations());
            allJobs.addAll(kit.jobs());
            allReconciliations.addAll(kit.reconciliations());
            rules.addAll(kit.notifyRules());
            registrations.add(kit.registered());
        }
        this.registered = List.copyOf(registrations);
        migrationTypes.forEach(type -> rules.add(new NotifyRule(type.duplicateEvent(),
                "duplicate found by a migration", "prison-sync events --entity {duplicateDpsId}")));
        this.notifyRules = List.copyOf(rules);
        this.reconciliations = new ReconciliationEngine(allReconciliations, builder.reconciliationRuns,
                builder.reconciliationExclusions, shared.telemetry(), shared.clock(), reconciliationPool());
        allReconciliations.forEach(r -> r.defaultSchedule().ifPresent(schedule ->
                allJobs.add(new ScheduledWork(r.name() + "-reconciliation", schedule, () -> summary(
                        reconciliations.run(r.name(), ReconciliationParameters.none()))))));
        this.jobs = List.copyOf(uniqueJobs(allJobs));
        this.migrations = migrationTypes.isEmpty() ? null : migrations(builder, migrationTypes);
        this.processor = new MessageProcessor(routes, switches, queues, shared.telemetry(), shared.clock());
    }

    /** The events operators are alerted to: the engines' and every installed domain's. */
    public List<NotifyRule> notifyRules() {
        return notifyRules;
    }

    /**
     * What each installed domain registered (mapped entity types, reconciliations), in installation order, in the
     * form of the declarations runners list without building the core.
     */
    public List<DomainDeclaration> registered() {
        return registered;
    }

    /**
     * Refuses runners given declarations that are not exactly what the installed domains registered: the CLI lists
     * mapped types and reconciliation names from the declarations without building the core, so they must be the
     * installed domains' own (a domain that declares more than it registers, or a wiring that contributes a stale or
     * missing declaration, stops the start).
     */
    public void requireDeclared(java.util.Collection<DomainDeclaration> declared) {
        for (DomainDeclaration d : registered) {
            if (!declared.contains(d)) {
                throw new IllegalStateException("domain " + d.domain() + " registered " + d + " but the runners were"
                        + " not given that declaration: its wiring must contribute its domain's declaration, and the"
                        + " domain must register all it declares");
            }
        }
        for (DomainDeclaration d : declared) {
            if (!registered.contains(d)) {
                throw new IllegalStateException("the runners were given " + d + ", which no installed domain"
                        + " registered");
            }
        }
    }

    public static Builder builder(SharedPorts shared) {
        return new Builder(shared);
    }

    /**
     * The configured queues, plus a default definition (the domain's name for it, the upstream ladder) for every
     * declared queue configuration does not mention. Configured queues nobody declared stay listed (their events
     * route by event type alone) so that their DLQs can still be administered.
     */
    private static Map<String, QueueDefinition> queueDefinitions(Builder builder) {
        Map<String, QueueDefinition> byId = new LinkedHashMap<>();
        builder.queues.forEach(q -> byId.put(q.id(), q));
        Map<String, String> declaredBy = new LinkedHashMap<>();
        for (SyncDomain domain : builder.domains) {
            for (QueueSpec spec : domain.queues()) {
                String other = declaredBy.putIfAbsent(spec.id(), domain.name());
                if (other != null) {
                    throw new IllegalStateException("queue '" + spec.id() + "' is declared by both " + other
                            + " and " + domain.name() + ": one queue per domain, as upstream subscribes");
                }
                byId.computeIfAbsent(spec.id(), id -> defaultDefinition(spec));
            }
        }
        return byId;
    }

    static QueueDefinition defaultDefinition(QueueSpec spec) {
        QueueDefinition definition = QueueDefinition.withDefaults(spec.id(), spec.defaultName(),
                spec.defaultName() + "-dlq");
        return spec.defaultLadder() == null ? definition : definition.withLadder(spec.defaultLadder());
    }

    private Migrations migrations(Builder builder, List<MigrationType<?>> types) {
        MigrationStores stores = Objects.requireNonNull(builder.migrationStores,
                "a domain declares a migration, so the core needs migration stores (history and failures)");
        MigrationRegistry registry = new MigrationRegistry(types);
        MigrationPorts ports = new MigrationPorts(shared.mappings(), shared.queue(), shared.queueAdmin(),
                stores.history(), stores.failures(), shared.telemetry(), shared.clock(), shared.claims());
        // one lease for every write claim of the process, the sync's and the migration's
        MigrationSettings settings = stores.settings().withClaimLease(builder.settings.claimLease());
        new MigrationHandler(registry, ports, settings).register(routes);
        return new Migrations(registry, ports, settings);
    }

    /** Runs in the background (started runs) on daemon threads, so an embedding program can exit without closing. */
    private static ExecutorService reconciliationPool() {
        return Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "reconciliation");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static String summary(ReconciliationRun run) {
        return run.name() + " run " + run.id() + " " + run.status() + ": " + run.checked() + " checked, "
                + run.mismatchCount() + " mismatch(es), " + run.itemErrors() + " item error(s), " + run.pageErrors()
                + " page error(s)";
    }

    private static List<ScheduledWork> uniqueJobs(List<ScheduledWork> jobs) {
        Map<String, ScheduledWork> byName = new LinkedHashMap<>();
        for (ScheduledWork job : jobs) {
            if (byName.putIfAbsent(job.name(), job) != null) {
                throw new IllegalStateException("two jobs are named " + job.name());
            }
        }
        return new ArrayList<>(byName.values());
    }

    /** Handles a delivery from any configured queue. */
    public MessageProcessor processor() {
        return processor;
    }

    /** The installed domains, in installation order. */
    public List<SyncDomain> domains() {
        return domains;
    }

    /** The installed domain of this class, for the parts only it has (its repairs, its queries). */
    public <D extends SyncDomain> D domain(Class<D> type) {
        return findDomain(type).orElseThrow(() -> new IllegalStateException(
                type.getSimpleName() + " is not installed in this core"));
    }

    public <D extends SyncDomain> Optional<D> findDomain(Class<D> type) {
        return domains.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Bulk migrations (start, preview, cancel, history, failures, DLQ per type). */
    public Migrations migrations() {
        if (migrations == null) {
            throw new IllegalStateException("no installed domain declares a migration");
        }
        return migrations;
    }

    /** Every domain's reconciliations: run, start, list and read runs, repair mismatches, exclusions. */
    public ReconciliationEngine reconciliations() {
        return reconciliations;
    }

    /** The work the domains want done on a schedule (their reconciliations included); the runner owns the timers. */
    public List<ScheduledWork> jobs() {
        return Collections.unmodifiableList(jobs);
    }

    public SharedPorts shared() {
        return shared;
    }

    public QueueAdmin queueAdmin() {
        return shared.queueAdmin();
    }

    public MappingStore mappings() {
        return shared.mappings();
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

    /** How a core is put together; every part has a working default but the shared ports. */
    public static final class Builder {
        private final SharedPorts shared;
        private final List<SyncDomain> domains = new ArrayList<>();
        private List<QueueDefinition> queues = List.of();
        private FeatureSwitches switches = FeatureSwitches.allOn();
        private SyncSettings settings = SyncSettings.defaults();
        private MigrationStores migrationStores;
        private ReconciliationRuns reconciliationRuns = new InMemoryReconciliationRuns();
        private ReconciliationExclusions reconciliationExclusions = new InMemoryReconciliationExclusions();

        private Builder(SharedPorts shared) {
            this.shared = Objects.requireNonNull(shared, "shared");
        }

        public Builder domain(SyncDomain domain) {
            if (domains.stream().anyMatch(d -> d.name().equals(domain.name()))) {
                throw new IllegalStateException("domain " + domain.name() + " is installed twice");
            }
            domains.add(domain);
            return this;
        }

        public Builder domains(List<? extends SyncDomain> all) {
            all.forEach(this::domain);
            return this;
        }

        /** The configured queues (names, DLQs, ladders, concurrency); declared queues not listed get defaults. */
        public Builder queues(List<QueueDefinition> configured) {
            this.queues = List.copyOf(configured);
            return this;
        }

        public Builder switches(FeatureSwitches featureSwitches) {
            this.switches = Objects.requireNonNull(featureSwitches, "featureSwitches");
            return this;
        }

        public Builder settings(SyncSettings syncSettings) {
            this.settings = Objects.requireNonNull(syncSettings, "syncSettings");
            return this;
        }

        public Builder migrationStores(MigrationStores stores) {
            this.migrationStores = Objects.requireNonNull(stores, "stores");
            return this;
        }

        /** Where reconciliation runs and exclusion lists are kept (in memory unless given). */
        public Builder reconciliationStores(ReconciliationRuns runs, ReconciliationExclusions exclusions) {
            this.reconciliationRuns = Objects.requireNonNull(runs, "runs");
            this.reconciliationExclusions = Objects.requireNonNull(exclusions, "exclusions");
            return this;
        }

        public PrisonSyncCore build() {
            return new PrisonSyncCore(this);
        }
    }
}
