package org.prisonsync.core.migration;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.prisonsync.core.queue.QueueDefinition;

/**
 * What a domain tells the engine to make it migratable: its names, its queue, how to count and page the NOMIS ids a
 * filter selects, and how to migrate one entity. The engine does the rest (paging, batching, skipping mapped ids,
 * mapping with {@code label = migrationId}, retries, completion, cancel, history, telemetry).
 *
 * @param <F> the domain's filter record
 */
public interface MigrationType<F> {

    /**
     * How the runners offer this type (its filter as options, its words in their messages): a constant the domain's
     * wiring contributes too, so the CLI can list it without building the core.
     */
    MigrationDescriptor descriptor();

    /** Upstream's {@code MigrationType} name, e.g. {@code VISITS}; also the history's {@code type}. */
    default String name() {
        return descriptor().name();
    }

    /** Telemetry prefix, e.g. {@code visits} → {@code visits-migration-started}. */
    String telemetryName();

    /** The mapping entity type, e.g. {@code VISIT}; an entity is migrated once a mapping has its NOMIS id. */
    String entityType();

    /** The migration queue and its DLQ (failed entities end there). */
    QueueDefinition queue();

    /** How many ids one {@code MIGRATE_BY_PAGE} reads from NOMIS. */
    int pageSize();

    F filterFrom(Map<String, Object> json);

    /** The filter as JSON-ready values (strings, numbers, booleans, lists, maps). */
    Map<String, Object> filterJson(F filter);

    /** The estimate: how many ids the filter selects now. */
    long count(F filter);

    /** One zero-based page of NOMIS ids, in a stable order. */
    List<String> pageOfIds(F filter, int pageNumber, int pageSize);

    /** Reads one NOMIS entity and writes it to DPS; may throw {@link org.prisonsync.core.UpstreamUnavailable}. */
    EntityWrite migrate(String nomisId, String migrationId);

    /**
     * {@link #migrate} for an entity whose write claim was resumed: an earlier attempt may have written it to DPS
     * before dying or timing out. A type that can look its entities up in DPS by their natural key does so first and
     * adopts an unmapped copy ({@code mappedDpsId} says which DPS ids a mapping already holds) instead of writing
     * another, listing any further unmapped copies in {@link EntityWrite.Written#duplicateDpsIds()}. By default the
     * entity is written again.
     */
    default EntityWrite migrateResumed(String nomisId, String migrationId, Predicate<String> mappedDpsId) {
        return migrate(nomisId, migrationId);
    }

    /** Telemetry event for a mapping that collides with another pair, e.g. {@code nomis-migration-visit-duplicate}. */
    String duplicateEvent();

    /** Things an operator should know before starting (unmapped rooms …); empty when none. */
    List<String> warnings(F filter);
}
