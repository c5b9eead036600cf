package org.prisonsync.core.movements;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.message.JsonFields;

/**
 * Reading movement events at the edge: prisoner numbers of NOMIS's shape, codes no longer than the pair columns that
 * keep them, so a value that can never be stored is refused with its reason at once; and the scalar fields of an
 * event as telemetry properties ("all message fields", as upstream tracks them).
 */
final class EventFields {
    /** Reason codes: the DPS reasons are enum names, NOMIS's movement reasons a dozen characters at most. */
    static final int MAX_REASON = 40;
    /** Movement types, direction codes and prison ids are a few characters in NOMIS. */
    static final int MAX_CODE = 12;

    private EventFields() {
    }

    static Map<String, String> scalars(Map<String, Object> json) {
        Map<String, String> props = new LinkedHashMap<>();
        json.forEach((key, value) -> {
            if (value != null && !(value instanceof Map) && !(value instanceof Iterable)) {
                props.put(key, String.valueOf(value));
            }
        });
        return props;
    }

    static String requirePrisoner(Map<String, Object> json, String path) {
        return Ids.requirePrisonerNumber(JsonFields.requireString(json, path), path);
    }

    static String requireCode(Map<String, Object> json, String path, int max) {
        return Ids.requireMaxLength(JsonFields.requireString(json, path), max, path);
    }

    /** An optional code, null when absent. */
    static String code(Map<String, Object> json, String path, int max) {
        return JsonFields.string(json, path).map(value -> Ids.requireMaxLength(value, max, path)).orElse(null);
    }
}
