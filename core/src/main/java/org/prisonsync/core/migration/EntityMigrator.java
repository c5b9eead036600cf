package org.prisonsync.core.migration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prisonsync.core.PrisonSyncException;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.JsonFields;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code MIGRATE_ENTITY}: for each id, skip it if already mapped, else migrate it and save its mapping
 * ({@code MIGRATED}, {@code label = migrationId}). Retries stay exact per entity:
 * <ul>
 *   <li>a message of several ids never fails as a whole for one entity: each failed id is re-queued alone, and ids
 *       already done are skipped if the message itself is redelivered;</li>
 *   <li>a message of one id fails like any message (ladder, then DLQ), so the DLQ holds one message per failed
 *       entity and its count is the run's failed count; on its last delivery the failure is also recorded with its
 *       reason in {@link MigrationFailures};</li>
 *   <li>a failed mapping save queues {@code RETRY_MIGRATION_MAPPING}, so DPS is never written twice for it.</li>
 * </ul>
 */
final class EntityMigrator {
    private static final Logger log = LoggerFactory.getLogger(EntityMigrator.class);
    static final String ALREADY_MIGRATED = "Mapping already exists - must have already been migrated";
    /**
     * Mappings are committed at least every this many entities of a message: a process killed between an entity's
     * DPS write and its mapping's commit leaves it to be written to DPS again on redelivery, so this bounds that
     * window whatever the message size, while the queue's cost is still shared by all the message's entities.
     */
    static final int MAPPINGS_PER_COMMIT = 10;

    private final MigrationPorts ports;
    private final RunState runs;

    EntityMigrator(MigrationPorts ports, RunState runs) {
        this.ports = ports;
        this.runs = runs;
    }

    static InternalMessage entityMessage(MigrationContext context, List<String> ids) {
        return context.withBody(Map.of("ids", List.copyOf(ids))).message(MigrationMessages.MIGRATE_ENTITY);
    }

    /** The result of one id. */
    private record Result(boolean done, boolean skipped, String reason, boolean permanent) {
        static final Result MIGRATED = new Result(true, false, null, false);
        static final Result SKIPPED = new Result(true, true, null, false);

        static Result failed(String reason, boolean permanent) {
            return new Result(false, false, reason, permanent);
        }
    }

    SyncOutcome entities(MigrationType<?> type, MigrationContext context, MessageContext delivery) {
        List<String> ids = JsonFields.list(context.body(), "ids").stream()
                .map(EntityMigrator::idText).toList();
        if (ids.isEmpty()) {
            throw new InvalidMessageException("MIGRATE_ENTITY without ids");
        }
        if (runs.isCancelling(context.migrationId())) {
            return runs.stopped(type, context, ids.size() + " entities not migrated");
        }
        if (ids.size() == 1) {
            return single(type, context, delivery, ids.get(0));
        }
        // One lookup for the message's ids and a commit per ten mappings: per id, only the NOMIS read and the DPS
        // write remain (a commit per mapping made PostgreSQL the bottleneck of a bulk run).
        Set<String> mapped = ports.mappings().findMappedNomisIds(type.entityType(), ids);
        int skipped = 0;
        List<Pending> written = new ArrayList<>();
        List<InternalMessage> requeue = new ArrayList<>();
        for (String id : ids) {
            if (mapped.contains(id)) {
                ignored(type, context, id);
                skipped++;
                continue;
            }
            Pending pending = write(type, context, id);
            if (pending.failure() != null) {
                requeue.add(entityMessage(context, List.of(id)));
            } else {
                written.add(pending);
            }
            if (written.size() == MAPPINGS_PER_COMMIT) {
                saveAll(type, context, written).forEach(lost -> requeue.add(entityMessage(context, List.of(lost))));
                written.clear();
            }
        }
        for (String lost : saveAll(type, context, written)) {
            requeue.add(entityMessage(context, List.of(lost)));
        }
        int migrated = ids.size() - skipped - requeue.size();
        Map<String, String> props = PageFanOut.props(context, "migrated", Integer.toString(migrated),
                "skipped", Integer.toString(skipped), "requeued", Integer.toString(requeue.size()));
        if (!requeue.isEmpty()) {
            try {
                ports.queue().sendAll(type.queue().queueName(), requeue);
            } catch (RuntimeException e) {
                // Redelivery is safe: ids finished above are mapped now (or have a mapping retry queued) and are
                // skipped; only the failed ones are tried again.
                return new SyncOutcome.RetryLater(type.telemetryName() + "-migration-entities-requeue-failed", props,
                        "could not re-queue failed entities: " + e.getMessage());
            }
        }
        return new SyncOutcome.Synced(type.telemetryName() + "-migration-entities-processed", props);
    }

    private SyncOutcome single(MigrationType<?> type, MigrationContext context, MessageContext delivery, String id) {
        Result result = one(type, context, id);
        Map<String, String> props = PageFanOut.props(context, "nomisId", id);
        if (result.done()) {
            return new SyncOutcome.Synced(type.telemetryName() + "-migration-entities-processed", props);
        }
        props.put("reason", result.reason());
        boolean lastTry = result.permanent() || delivery.receiveCount() >= type.queue().maxReceiveCount();
        if (lastTry) {
            recordFailure(type, context, id, result.reason());
        }
        String event = type.telemetryName() + "-migration-entity-failed";
        return result.permanent() ? new SyncOutcome.Rejected(event, props, result.reason())
                : new SyncOutcome.RetryLater(event, props, result.reason());
    }

    private Result one(MigrationType<?> type, MigrationContext context, String id) {
        if (ports.mappings().findByNomisId(type.entityType(), id).isPresent()) {
            ignored(type, context, id);
            return Result.SKIPPED;
        }
        Pending pending = write(type, context, id);
        if (pending.failure() != null) {
            return pending.failure();
        }
        return saveMapping(type, context, pending.mapping(), pending.props());
    }

    private void ignored(MigrationType<?> type, MigrationContext context, String id) {
        ports.telemetry().track(type.telemetryName() + "-migration-entity-ignored",
                PageFanOut.props(context, "nomisId", id, "reason", ALREADY_MIGRATED));
    }

    /** An entity written to DPS whose mapping is still to be saved, or the failure that stopped it. */
    private record Pending(Mapping mapping, Map<String, String> props, Result failure) {
    }

    /** Reads the entity from NOMIS and writes it to DPS; the mapping is left to the caller. */
    private Pending write(MigrationType<?> type, MigrationContext context, String id) {
        EntityWrite write;
        try {
            write = type.migrate(id, context.migrationId());
        } catch (PrisonSyncException e) {
            write = new EntityWrite.Failed(type.telemetryName() + "-migration-entity-failed", Map.of(),
                    String.valueOf(e.getMessage()), false);
        } catch (RuntimeException e) {
            log.error("migrating {} {} failed unexpectedly", type.name(), id, e);
            write = new EntityWrite.Failed(type.telemetryName() + "-migration-entity-failed", Map.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
        if (write instanceof EntityWrite.Failed failed) {
            Map<String, String> props = PageFanOut.props(context, "nomisId", id, "reason", failed.reason());
            props.putAll(failed.telemetry());
            ports.telemetry().track(failed.event(), props);
            return new Pending(null, props, Result.failed(failed.reason(), failed.permanent()));
        }
        EntityWrite.Written written = (EntityWrite.Written) write;
        Mapping mapping = new Mapping(type.entityType(), id, written.dpsId(), written.prisonerNumber(),
                MappingTypes.MIGRATED, context.migrationId(), null);
        Map<String, String> props = PageFanOut.props(context);
        props.putAll(written.telemetry());
        return new Pending(mapping, props, null);
    }

    /**
     * Saves the mappings of entities already written to DPS in one go. If that fails, each is saved alone, so each
     * ends as it would have without batching: saved, or given a mapping retry (DPS is not written again). Returns the
     * NOMIS ids whose retry could not be queued either.
     */
    private List<String> saveAll(MigrationType<?> type, MigrationContext context, List<Pending> written) {
        if (written.isEmpty()) {
            return List.of();
        }
        List<MappingSaveResult> results;
        try {
            results = ports.mappings().saveAll(written.stream().map(Pending::mapping).toList());
        } catch (RuntimeException e) {
            List<String> lost = new ArrayList<>();
            for (Pending pending : written) {
                if (!saveMapping(type, context, pending.mapping(), pending.props()).done()) {
                    lost.add(pending.mapping().nomisId());
                }
            }
            return lost;
        }
        for (int i = 0; i < written.size(); i++) {
            track(type, results.get(i), written.get(i).props());
        }
        return List.of();
    }

    private Result saveMapping(MigrationType<?> type, MigrationContext context, Mapping mapping,
                               Map<String, String> props) {
        MappingSaveResult saved;
        try {
            saved = ports.mappings().save(mapping);
        } catch (RuntimeException e) {
            return retryMapping(type, context, mapping, props, e);
        }
        track(type, saved, props);
        return Result.MIGRATED;
    }

    private Result retryMapping(MigrationType<?> type, MigrationContext context, Mapping mapping,
                                Map<String, String> props, RuntimeException saveFailure) {
        try {
            ports.queue().send(type.queue().queueName(), MigrationMappingRetry.message(context, mapping, props),
                    Duration.ZERO);
            Map<String, String> failed = new LinkedHashMap<>(props);
            failed.put("reason", String.valueOf(saveFailure.getMessage()));
            ports.telemetry().track(type.telemetryName() + "-migration-mapping-create-failed", failed);
            return Result.MIGRATED;
        } catch (RuntimeException sendFailure) {
            // Both the store and the queue are down: the entity is in DPS without a mapping, and a redelivery
            // will write it again. Nothing better is possible without a natural-key lookup in DPS.
            log.error("mapping {} lost: save failed ({}) and its retry could not be queued ({})", mapping,
                    saveFailure.getMessage(), sendFailure.getMessage());
            return Result.failed("mapping save failed and its retry could not be queued: "
                    + sendFailure.getMessage(), false);
        }
    }

    /** Entity migrated, or the duplicate reported with both pairs; shared with the mapping retry. */
    void track(MigrationType<?> type, MappingSaveResult saved, Map<String, String> props) {
        if (saved instanceof MappingSaveResult.Conflict conflict) {
            Map<String, String> dup = new LinkedHashMap<>(props);
            dup.put("duplicateNomisId", conflict.duplicate().nomisId());
            dup.put("duplicateDpsId", conflict.duplicate().dpsId());
            dup.put("existingNomisId", conflict.existing().nomisId());
            dup.put("existingDpsId", conflict.existing().dpsId());
            ports.telemetry().track(type.duplicateEvent(), dup);
        } else {
            ports.telemetry().track(type.telemetryName() + "-migration-entity-migrated", props);
        }
    }

    void recordFailure(MigrationType<?> type, MigrationContext context, String id, String reason) {
        try {
            ports.failures().record(new MigrationFailure(context.migrationId(), type.name(), id, reason,
                    ports.clock().instant()));
        } catch (RuntimeException e) {
            // the DLQ still holds the entity; only the reason list misses it
            log.warn("could not record the failure of {} {}: {}", type.name(), id, e.getMessage());
        }
    }

    /** Ids are sent as strings; a JSON decoder may still hand a number back, as a double in the worst case. */
    private static String idText(Object id) {
        if (id instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(id);
    }
}
