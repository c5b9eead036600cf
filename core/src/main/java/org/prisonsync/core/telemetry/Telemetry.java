package org.prisonsync.core.telemetry;

import java.util.List;
import java.util.Map;

/**
 * Records a custom event. Names follow {@code <domain>-<action>-<outcome>} and are stable API.
 *
 * <p>Contract: never throws (telemetry must not fail a sync); null property values are dropped.
 */
@FunctionalInterface
public interface Telemetry {

    void track(String event, Map<String, String> properties);

    /**
     * A sync's outcome, with the steps inside the sync that led to it (oldest first; empty when no sink
     * {@link #keepsSteps keeps steps}). A sink that keeps none sees it as {@link #track} — so the steps never become
     * events of their own: no log line, counter or operator alert apiece. The event trail keeps them in the outcome's
     * row (ADR 0013). A decorator forwards both this and {@link #keepsSteps}.
     */
    default void outcome(String event, Map<String, String> properties, List<SyncStep> steps) {
        track(event, properties);
    }

    /** Whether this sink wants a sync's steps with its {@link #outcome}: when none does, none are noted. */
    default boolean keepsSteps() {
        return false;
    }

    Telemetry NONE = (event, properties) -> { };
}
