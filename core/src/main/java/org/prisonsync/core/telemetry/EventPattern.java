package org.prisonsync.core.telemetry;

import java.util.Objects;

/**
 * One telemetry event by name, or every event ending in a suffix ({@code *-sent-to-dlq}): how the operator
 * notifications and the trail's left-out list name the events they pick.
 */
public record EventPattern(String pattern) {

    public EventPattern {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.isBlank() || pattern.equals("*") || pattern.indexOf('*', 1) >= 0) {
            throw new IllegalArgumentException("an event pattern is one event name or *-suffix, not '" + pattern + "'");
        }
    }

    public boolean matches(String event) {
        return pattern.startsWith("*") ? event.endsWith(pattern.substring(1)) : event.equals(pattern);
    }
}
