package org.prisonsync.core.kit;

import java.util.Optional;
import java.util.function.Supplier;
import org.prisonsync.core.migration.MigrationType;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.EventRegistrations;
import org.prisonsync.core.sync.InternalHandler;
import org.prisonsync.core.sync.MappingFacts;
import org.prisonsync.core.sync.SyncSettings;
import org.prisonsync.core.sync.UpdateFlow;
import org.prisonsync.core.sync.UpsertFlow;

/**
 * What the engine offers a domain while it installs itself: the shared ports and flows, and the registrations.
 * Every registration is made on behalf of the installing domain, so a handler can only ever receive events from
 * that domain's own queues.
 */
public interface DomainKit extends EventRegistrations {

    /** The ports every domain shares (mappings, claims, queues, telemetry, clock). */
    SharedPorts shared();

    SyncSettings settings();

    /** The direction-neutral create (claim, resume by natural key, write, map, retry the mapping). */
    CreateFlow createFlow();

    UpdateFlow updateFlow();

    /**
     * Upserts by natural key, one writer at a time, for targets that keep one record per key without a unique
     * constraint on it (claim the key, write, release).
     */
    UpsertFlow upsertFlow();

    /** The configured definition of one of this domain's queues (name, DLQ, ladder), by the id it declared. */
    QueueDefinition queue(String id);

    @Override
    DomainKit on(String eventType, EventHandler handler);

    @Override
    DomainKit onMappingRetry(String entityName, String entityType, String mappingType, MappingFacts facts);

    /**
     * Handles an internal message this domain sends itself (a delayed follow-up on its own queue, e.g. finance's
     * {@code PERFORM_TRANSACTION_SYNC}); it is refused on any other domain's queue.
     */
    DomainKit onInternal(String type, InternalHandler handler);

    /** A bulk migration type; its commands travel on the queue the type names, which must be this domain's. */
    DomainKit migration(MigrationType<?> type);

    /**
     * A reconciliation of this domain: the engine pages its population with bounded concurrency, persists each run,
     * runs it on its schedule ({@code JOB_<NAME>_RECONCILIATION_SCHEDULE} overrides its default) and on demand, and
     * repairs its mismatches.
     */
    DomainKit reconciliation(Reconciliation<?> reconciliation);

    /**
     * An event of this domain an operator must act on (a duplicate it detected): posted to the operators' chat
     * webhook, grouped and rate-limited, with the command that handles it. The engines alert on their own events
     * (dead letters, reconciliation mismatches, failed and duplicate migration entities) without a declaration.
     */
    DomainKit notifyOn(org.prisonsync.core.notify.NotifyRule rule);

    /** Work to run on a schedule (the runner owns the timer and lets configuration override the schedule). */
    DomainKit job(ScheduledWork work);

    /**
     * Offers {@code service} to the other domains under {@code type}, an interface of the shared package
     * {@code org.prisonsync.core.offers} (never of a domain's own package, so that no domain imports another): what
     * only this domain can do right, done its way (the adjustments domain's create of a NOMIS adjustment in DPS, under
     * its own claim and mapping, which court sentencing needs for a clone's adjustments). One domain offers a type.
     */
    <T> DomainKit offer(Class<T> type, T service);

    /**
     * What another domain offers under {@code type}, looked up each time it is asked for, since domains install in
     * any order: empty while no installed domain offers it.
     */
    <T> Supplier<Optional<T>> offered(Class<T> type);
}
