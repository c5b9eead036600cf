package org.prisonsync.core.migration;

import java.util.LinkedHashMap;
import java.util.Map;
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
 * {@code RETRY_MIGRATION_MAPPING}: the entity is in DPS, only its mapping is missing. Saves the mapping alone and
 * then releases the entity's write claim (held until now so no other attempt wrote DPS again); a failure is retried
 * along the ladder and, on the last delivery, recorded as the entity's failure.
 */
final class MigrationMappingRetry {
    private static final Logger log = LoggerFactory.getLogger(MigrationMappingRetry.class);
    /** The mapping table's DPS id column. */
    private static final int MAX_DPS_ID_LENGTH = 100;

    private final MigrationPorts ports;
    private final MigrationMappingSaves saves;

    MigrationMappingRetry(MigrationPorts ports, MigrationMappingSaves saves) {
        this.ports = ports;
        this.saves = saves;
    }

    static InternalMessage message(MigrationContext context, Mapping mapping, Map<String, String> telemetry) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nomisId", mapping.nomisId());
        m.put("dpsId", mapping.dpsId());
        if (mapping.prisonerNumber() != null) {
            m.put("prisonerNumber", mapping.prisonerNumber());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mapping", m);
        body.put("telemetry", Map.copyOf(telemetry));
        return context.withBody(body).message(MigrationMessages.RETRY_MIGRATION_MAPPING);
    }

    SyncOutcome retry(MigrationType<?> type, MigrationContext context, MessageContext delivery) {
        Map<String, Object> m = JsonFields.object(context.body(), "mapping");
        String nomisId = EntityIds.requireIn(m, "nomisId");
        String dpsId = JsonFields.requireString(m, "dpsId");
        if (dpsId.length() > MAX_DPS_ID_LENGTH) {
            throw new InvalidMessageException("dpsId is longer than " + MAX_DPS_ID_LENGTH + " characters");
        }
        Mapping mapping = new Mapping(type.entityType(), nomisId, dpsId,
                JsonFields.string(m, "prisonerNumber").orElse(null), MappingTypes.MIGRATED, context.migrationId(),
                null);
        Map<String, String> props = new LinkedHashMap<>();
        JsonFields.object(context.body(), "telemetry").forEach((k, v) -> props.put(k, String.valueOf(v)));
        props.put("migrationId", context.migrationId());
        MappingSaveResult saved;
        try {
            saved = ports.mappings().save(mapping);
        } catch (RuntimeException e) {
            String reason = "mapping save failed again: " + e.getMessage();
            if (delivery.receiveCount() >= type.queue().maxReceiveCount()) {
                saves.recordFailure(type, context, mapping.nomisId(), reason);
            }
            props.put("reason", reason);
            return new SyncOutcome.RetryLater(type.telemetryName() + "-migration-mapping-retry-failed", props,
                    reason);
        }
        saves.track(type, saved, props);
        try {
            ports.claims().complete(EntityBatch.claimKey(type, nomisId));
        } catch (RuntimeException e) {
            log.warn("could not complete the claim on {} {}: {}", type.name(), nomisId, e.getMessage());
        }
        return new SyncOutcome.Synced(type.telemetryName() + "-migration-mapping-retry-success", props);
    }
}
