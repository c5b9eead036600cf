package org.prisonsync.core.migration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.sync.SyncOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the mappings of entities already written to DPS, a batch at a time: a failed save queues
 * {@code RETRY_MIGRATION_MAPPING}, so DPS is never written twice for a mapping failure. Shared by the entity handler
 * and the mapping retry.
 */
final class MigrationMappingSaves {
    private static final Logger log = LoggerFactory.getLogger(MigrationMappingSaves.class);

    /** How one entity's mapping ended. */
    enum Saved {
        /** The mapping exists (or a colliding pair was reported as a duplicate). */
        SAVED,
        /** The save failed; a {@code RETRY_MIGRATION_MAPPING} will finish it. */
        RETRY_QUEUED,
        /** The save failed and its retry could not be queued: the entity is in DPS without a mapping. */
        LOST
    }

    /** An entity written to DPS (or found there) whose mapping is still to be saved. */
    record Pending(Mapping mapping, Map<String, String> props) {
    }

    private final MigrationPorts ports;

    MigrationMappingSaves(MigrationPorts ports) {
        this.ports = ports;
    }

    /**
     * Saves them in one go; if that fails, each alone, so each ends as it would have without batching. Results are
     * in the pendings' order.
     */
    List<Saved> saveAll(MigrationType<?> type, MigrationContext context, List<Pending> written) {
        if (written.size() == 1) {
            return List.of(save(type, context, written.get(0)));
        }
        List<MappingSaveResult> results;
        try {
            results = ports.mappings().saveAll(written.stream().map(Pending::mapping).toList());
        } catch (RuntimeException e) {
            List<Saved> saved = new ArrayList<>(written.size());
            for (Pending pending : written) {
                saved.add(save(type, context, pending));
            }
            return saved;
        }
        List<Saved> saved = new ArrayList<>(written.size());
        for (int i = 0; i < written.size(); i++) {
            track(type, results.get(i), written.get(i).props());
            saved.add(Saved.SAVED);
        }
        return saved;
    }

    Saved save(MigrationType<?> type, MigrationContext context, Pending pending) {
        MappingSaveResult saved;
        try {
            saved = ports.mappings().save(pending.mapping());
        } catch (RuntimeException e) {
            return retry(type, context, pending, e);
        }
        track(type, saved, pending.props());
        return Saved.SAVED;
    }

    private Saved retry(MigrationType<?> type, MigrationContext context, Pending pending,
                        RuntimeException saveFailure) {
        try {
            ports.queue().send(type.queue().queueName(),
                    MigrationMappingRetry.message(context, pending.mapping(), pending.props()), Duration.ZERO);
            Map<String, String> failed = new LinkedHashMap<>(pending.props());
            failed.put("reason", String.valueOf(saveFailure.getMessage()));
            ports.telemetry().track(type.telemetryName() + "-migration-mapping-create-failed", failed);
            return Saved.RETRY_QUEUED;
        } catch (RuntimeException sendFailure) {
            // Both the store and the queue are down: the entity is in DPS without a mapping. Its claim is abandoned
            // by the caller, so the next attempt resumes and finds it in DPS by its natural key.
            log.error("mapping {} lost: save failed ({}) and its retry could not be queued ({})", pending.mapping(),
                    saveFailure.getMessage(), sendFailure.getMessage());
            return Saved.LOST;
        }
    }

    /** Entity migrated, or the duplicate reported with both pairs. */
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

    /** Kept with its reason for {@code GET /migrate/failures/{id}}; the DLQ holds the entity either way. */
    void recordFailure(MigrationType<?> type, MigrationContext context, String id, String reason) {
        try {
            ports.failures().record(new MigrationFailure(context.migrationId(), type.name(), id, reason,
                    ports.clock().instant()));
        } catch (RuntimeException e) {
            log.warn("could not record the failure of {} {}: {}", type.name(), id, e.getMessage());
        }
    }

    /** The outcome of one entity that did not finish: rejected now if it never can, else retried. */
    SyncOutcome failed(MigrationType<?> type, MigrationContext context, String id, String reason, boolean permanent,
                       boolean lastTry, Map<String, String> props) {
        if (permanent || lastTry) {
            recordFailure(type, context, id, reason);
        }
        props.put("reason", reason);
        String event = type.telemetryName() + "-migration-entity-failed";
        return permanent ? new SyncOutcome.Rejected(event, props, reason)
                : new SyncOutcome.RetryLater(event, props, reason);
    }
}
