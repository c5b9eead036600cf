package org.prisonsync.core.telemetry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One tracked event, as kept by recording and persistent telemetry. */
public record TelemetryEvent(String name, Map<String, String> properties, Instant when) {
    public TelemetryEvent {
        Objects.requireNonNull(name, "name");
        properties = Map.copyOf(withoutNulls(properties));
    }

    public static Map<String, String> withoutNulls(Map<String, String> properties) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (properties != null) {
            properties.forEach((k, v) -> {
                if (k != null && v != null) {
                    clean.put(k, v);
                }
            });
        }
        return clean;
    }
}
