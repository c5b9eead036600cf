package org.prisonsync.core.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.JsonFields;

/**
 * The {@code RETRY_CREATE_MAPPING} message, with the upstream body {@code {mapping, telemetryAttributes,
 * entityName}}, and the shared reading of a mapping save result.
 */
public final class MappingRetry {
    private MappingRetry() {
    }

    public static InternalMessage message(Mapping mapping, String entityName, Map<String, String> telemetry) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entityType", mapping.entityType());
        m.put("nomisId", mapping.nomisId());
        m.put("dpsId", mapping.dpsId());
        if (mapping.prisonerNumber() != null) {
            m.put("prisonerNumber", mapping.prisonerNumber());
        }
        m.put("mappingType", mapping.mappingType());
        if (mapping.label() != null) {
            m.put("label", mapping.label());
        }
        body.put("mapping", m);
        body.put("telemetryAttributes", Map.copyOf(telemetry));
        body.put("entityName", entityName);
        return new InternalMessage(InternalMessage.RETRY_CREATE_MAPPING, body);
    }

    public static Mapping mappingOf(InternalMessage message) {
        Map<String, Object> m = JsonFields.object(message.payload(), "mapping");
        return new Mapping(JsonFields.requireString(m, "entityType"), JsonFields.requireString(m, "nomisId"),
                JsonFields.requireString(m, "dpsId"), JsonFields.string(m, "prisonerNumber").orElse(null),
                JsonFields.requireString(m, "mappingType"), JsonFields.string(m, "label").orElse(null), null);
    }

    public static String entityNameOf(InternalMessage message) {
        return JsonFields.requireString(message.payload(), "entityName");
    }

    public static Map<String, String> telemetryOf(InternalMessage message) {
        Map<String, String> props = new LinkedHashMap<>();
        JsonFields.object(message.payload(), "telemetryAttributes").forEach((k, v) -> props.put(k, String.valueOf(v)));
        return props;
    }

    /** Saved or already saved → synchronised; a conflict → the duplicate, reported with both rows. */
    static SyncOutcome outcomeOf(MappingSaveResult result, String entityName, String successEvent,
                                 Map<String, String> props) {
        if (result instanceof MappingSaveResult.Conflict conflict) {
            Map<String, String> dup = new LinkedHashMap<>(props);
            dup.put("duplicateNomisId", conflict.duplicate().nomisId());
            dup.put("duplicateDpsId", conflict.duplicate().dpsId());
            dup.put("existingNomisId", conflict.existing().nomisId());
            dup.put("existingDpsId", conflict.existing().dpsId());
            return new SyncOutcome.Duplicate("to-nomis-synch-" + entityName + "-duplicate", dup,
                    conflict.duplicate(), conflict.existing());
        }
        return new SyncOutcome.Synced(successEvent, props);
    }
}
