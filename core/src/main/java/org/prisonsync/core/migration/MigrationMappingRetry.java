package org.prisonsync.core.migration;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.JsonFields;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code RETRY_MIGRATION_MAPPING}: the entity is in DPS, only its mapping is missing. Saves the mapping alone; a
 * failure is retried along the ladder and, on the last delivery, recorded as the entity's failure.
 */
final class MigrationMappingRetry {
    private final MigrationPorts ports;
    private final EntityMigrator entities;

    MigrationMappingRetry(MigrationPorts ports, EntityMigrator entities) {
        this.ports = ports;
        this.entities = entities;
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
        Mapping mapping = new Mapping(type.entityType(), JsonFields.requireString(m, "nomisId"),
                JsonFields.requireString(m, "dpsId"), JsonFields.string(m, "prisonerNumber").orElse(null),
                MappingTypes.MIGRATED, context.migrationId(), null);
        Map<String, String> props = new LinkedHashMap<>();
        JsonFields.object(context.body(), "telemetry").forEach((k, v) -> props.put(k, String.valueOf(v)));
        props.put("migrationId", context.migrationId());
        MappingSaveResult saved;
        try {
            saved = ports.mappings().save(mapping);
        } catch (RuntimeException e) {
            String reason = "mapping save failed again: " + e.getMessage();
            if (delivery.receiveCount() >= type.queue().maxReceiveCount()) {
                entities.recordFailure(type, context, mapping.nomisId(), reason);
            }
            props.put("reason", reason);
            return new SyncOutcome.RetryLater(type.telemetryName() + "-migration-mapping-retry-failed", props,
                    reason);
        }
        entities.track(type, saved, props);
        return new SyncOutcome.Synced(type.telemetryName() + "-migration-mapping-retry-success", props);
    }
}
