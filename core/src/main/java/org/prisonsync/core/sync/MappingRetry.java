package org.prisonsync.core.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.JsonFields;

/**
 * The {@code RETRY_CREATE_MAPPING} message, with the upstream body {@code {mapping, telemetryAttributes,
 * entityName}}, and the shared reading of a mapping save result.
 */
public final class MappingRetry {
    /** Bounds from the mapping store's columns: types 30 (mapping_type; entity_type allows 40), ids 100, labels 60. */
    private static final int MAX_TYPE = 30;
    private static final int MAX_ID = 100;
    private static final int MAX_LABEL = 60;

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

    /**
     * The mapping the message carries, bounded as the mapping store's columns are, so a value too long is refused
     * here with its reason rather than failing in the database on every retry.
     */
    public static Mapping mappingOf(InternalMessage message) {
        Map<String, Object> m = JsonFields.object(message.payload(), "mapping");
        return new Mapping(bounded(m, "entityType", MAX_TYPE), bounded(m, "nomisId", MAX_ID),
                bounded(m, "dpsId", MAX_ID),
                JsonFields.string(m, "prisonerNumber")
                        .map(p -> Ids.requirePrisonerNumber(p, "mapping.prisonerNumber")).orElse(null),
                bounded(m, "mappingType", MAX_TYPE),
                JsonFields.string(m, "label").map(l -> Ids.requireMaxLength(l, MAX_LABEL, "mapping.label"))
                        .orElse(null), null);
    }

    public static String entityNameOf(InternalMessage message) {
        return Ids.requireMaxLength(JsonFields.requireString(message.payload(), "entityName"), MAX_TYPE,
                "entityName");
    }

    private static String bounded(Map<String, Object> mapping, String field, int max) {
        return Ids.requireMaxLength(JsonFields.requireString(mapping, field), max, "mapping." + field);
    }

    public static Map<String, String> telemetryOf(InternalMessage message) {
        Map<String, String> props = new LinkedHashMap<>();
        JsonFields.object(message.payload(), "telemetryAttributes").forEach((k, v) -> props.put(k, String.valueOf(v)));
        return props;
    }

    /** Notes the mapping written, unless the save met another pair (then nothing was written). */
    static void stepOf(MappingSaveResult result, MessageContext context) {
        if (!(result instanceof MappingSaveResult.Conflict)) {
            context.step(Steps.MAPPING_WRITTEN, "alreadySaved",
                    result instanceof MappingSaveResult.AlreadySaved ? "true" : null);
        }
    }

    /** Saved or already saved → synchronised; a conflict → the duplicate, reported with both rows. */
    static SyncOutcome outcomeOf(MappingSaveResult result, String duplicateEvent, String successEvent,
                                 Map<String, String> props) {
        if (result instanceof MappingSaveResult.Conflict conflict) {
            Map<String, String> dup = new LinkedHashMap<>(props);
            dup.put("duplicateNomisId", conflict.duplicate().nomisId());
            dup.put("duplicateDpsId", conflict.duplicate().dpsId());
            dup.put("existingNomisId", conflict.existing().nomisId());
            dup.put("existingDpsId", conflict.existing().dpsId());
            return new SyncOutcome.Duplicate(duplicateEvent, dup,
                    conflict.duplicate(), conflict.existing());
        }
        return new SyncOutcome.Synced(successEvent, props);
    }
}
