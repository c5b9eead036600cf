package org.prisonsync.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.ScheduledWork;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.migration.MigrationType;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.EventRoutes;
import org.prisonsync.core.sync.InternalHandler;
import org.prisonsync.core.sync.MappingFacts;
import org.prisonsync.core.sync.SyncSettings;
import org.prisonsync.core.sync.UpdateFlow;
import org.prisonsync.core.sync.UpsertFlow;

/**
 * The kit one domain installs itself with: every registration is made in the domain's name, so its handlers are
 * reachable only from its own queues, and its migrations may only use those queues.
 */
final class Installation implements DomainKit {
    private final SyncDomain domain;
    private final SharedPorts shared;
    private final SyncSettings settings;
    private final CreateFlow create;
    private final UpdateFlow update;
    private final UpsertFlow upsert;
    private final EventRoutes routes;
    private final Map<String, QueueDefinition> queuesById;
    private final Offers offers;
    private final List<MigrationType<?>> migrations = new ArrayList<>();
    private final List<ScheduledWork> jobs = new ArrayList<>();
    private final List<Reconciliation<?>> reconciliations = new ArrayList<>();
    private final List<org.prisonsync.core.notify.NotifyRule> notifyRules = new ArrayList<>();
    private DomainDeclaration registered;

    Installation(SyncDomain domain, SharedPorts shared, SyncSettings settings, CreateFlow create, UpdateFlow update,
                 UpsertFlow upsert, EventRoutes routes, Map<String, QueueDefinition> queuesById, Offers offers) {
        this.domain = domain;
        this.shared = shared;
        this.settings = settings;
        this.create = create;
        this.update = update;
        this.upsert = upsert;
        this.routes = routes;
        this.queuesById = queuesById;
        this.offers = offers;
        this.registered = DomainDeclaration.of(domain.name());
    }

    @Override
    public SharedPorts shared() {
        return shared;
    }

    @Override
    public SyncSettings settings() {
        return settings;
    }

    @Override
    public CreateFlow createFlow() {
        return create;
    }

    @Override
    public UpdateFlow updateFlow() {
        return update;
    }

    @Override
    public UpsertFlow upsertFlow() {
        return upsert;
    }

    @Override
    public QueueDefinition queue(String id) {
        boolean declared = domain.queues().stream().anyMatch(spec -> spec.id().equals(id));
        if (!declared) {
            throw new IllegalStateException("domain " + domain.name() + " did not declare a queue '" + id + "'");
        }
        return queuesById.get(id);
    }

    @Override
    public DomainKit notifyOn(org.prisonsync.core.notify.NotifyRule rule) {
        notifyRules.add(java.util.Objects.requireNonNull(rule, "rule"));
        return this;
    }

    List<org.prisonsync.core.notify.NotifyRule> notifyRules() {
        return notifyRules;
    }

    @Override
    public DomainKit on(String eventType, EventHandler handler) {
        routes.on(domain.name(), eventType, handler);
        return this;
    }

    @Override
    public DomainKit onMappingRetry(String entityName, String entityType, String mappingType, MappingFacts facts) {
        if (!domain.declaration().mappedEntityTypes().contains(entityType)) {
            throw new IllegalStateException("domain " + domain.name() + " saves mappings of entity type " + entityType
                    + ", which its declaration does not name");
        }
        routes.onMappingRetry(entityName, entityType, mappingType, facts);
        registered = registered.maps(entityType);
        return this;
    }

    @Override
    public DomainKit onInternal(String type, InternalHandler handler) {
        routes.onInternal(domain.name(), type, handler);
        return this;
    }

    @Override
    public DomainKit migration(MigrationType<?> type) {
        if (domain.queues().stream().noneMatch(spec -> spec.id().equals(type.queue().id()))) {
            throw new IllegalStateException("migration " + type.name() + " of domain " + domain.name()
                    + " uses queue '" + type.queue().id() + "', which the domain did not declare");
        }
        migrations.add(type);
        return this;
    }

    @Override
    public DomainKit reconciliation(Reconciliation<?> reconciliation) {
        if (!domain.declaration().reconciliations().contains(reconciliation.name())) {
            throw new IllegalStateException("domain " + domain.name() + " runs a reconciliation called "
                    + reconciliation.name() + ", which its declaration does not name");
        }
        reconciliations.add(reconciliation);
        registered = registered.reconciles(reconciliation.name());
        return this;
    }

    @Override
    public DomainKit job(ScheduledWork work) {
        jobs.add(work);
        return this;
    }

    @Override
    public <T> DomainKit offer(Class<T> type, T service) {
        offers.offer(domain.name(), type, service);
        return this;
    }

    @Override
    public <T> Supplier<Optional<T>> offered(Class<T> type) {
        return () -> offers.find(type);
    }

    List<MigrationType<?>> migrations() {
        return migrations;
    }

    List<Reconciliation<?>> reconciliations() {
        return reconciliations;
    }

    /** What the domain registered, in the form of its declaration (which it must equal in a runner). */
    DomainDeclaration registered() {
        return registered;
    }

    List<ScheduledWork> jobs() {
        return jobs;
    }
}
