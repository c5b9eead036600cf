package org.prisonsync.core.sync;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-event feature switches, as upstream: an event is handled only if both {@code feature.event.<eventType>} and
 * {@code feature.event.<domain>.<eventType>} are true; each defaults to true. Keys may be given as properties or as
 * environment variables ({@code FEATURE_EVENT_PRISON-VISIT_BOOKED=false}): both are normalised to lower case with
 * '_' read as '.', so {@code VISIT_CANCELLED} and {@code visit.cancelled} name the same switch.
 */
public final class FeatureSwitches {
    private static final String PREFIX = "feature.event.";
    private final Map<String, Boolean> switches = new TreeMap<>();

    private FeatureSwitches(Map<String, String> settings) {
        settings.forEach((key, value) -> {
            String normal = normalise(key);
            if (normal.startsWith(PREFIX)) {
                switches.put(normal.substring(PREFIX.length()), Boolean.parseBoolean(value.trim()));
            }
        });
    }

    /** Reads the switches out of a settings map (environment or properties); other keys are ignored. */
    public static FeatureSwitches from(Map<String, String> settings) {
        return new FeatureSwitches(settings);
    }

    public static FeatureSwitches allOn() {
        return new FeatureSwitches(Map.of());
    }

    public boolean isEnabled(String domain, String eventType) {
        String type = normalise(eventType);
        return switches.getOrDefault(type, true) && switches.getOrDefault(normalise(domain) + "." + type, true);
    }

    /** The switches that were set, for {@code /info} ({@code event-feature-switches}). */
    public Map<String, Boolean> configured() {
        return Map.copyOf(switches);
    }

    private static String normalise(String key) {
        return key.trim().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
