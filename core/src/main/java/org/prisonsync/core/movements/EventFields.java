package org.prisonsync.core.movements;

import java.util.LinkedHashMap;
import java.util.Map;

/** The scalar fields of an event, as telemetry properties ("all message fields", as upstream tracks them). */
final class EventFields {
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
}
