package org.prisonsync.core.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.telemetry.SyncStep;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.core.telemetry.TelemetryEvent;

/**
 * Keeps the steps of every sync with the outcome they led to, in order: a telemetry sink that {@link #keepsSteps
 * keeps steps}, as the event trail does, and notes nothing else (its other events are {@link RecordingTelemetry}'s).
 */
public final class RecordingStepTrail implements Telemetry {
    private final List<Sync> syncs = new ArrayList<>();

    /** One sync's steps, oldest first, and the outcome they led to. */
    public record Sync(String outcome, Map<String, String> outcomeProperties, List<SyncStep> steps) {
        public Sync {
            outcomeProperties = Map.copyOf(TelemetryEvent.withoutNulls(outcomeProperties));
            steps = List.copyOf(steps);
        }

        public List<String> names() {
            return steps.stream().map(SyncStep::name).toList();
        }

        /** The first step of that name; fails the caller when there is none. */
        public SyncStep step(String name) {
            return steps.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no step " + name + " in " + names()));
        }
    }

    @Override
    public void track(String event, Map<String, String> properties) {
        // not an outcome: nothing to keep
    }

    /** An outcome without steps (a delivery that discards them: a migration message) is no sync to keep here. */
    @Override
    public synchronized void outcome(String event, Map<String, String> properties, List<SyncStep> steps) {
        if (!steps.isEmpty()) {
            syncs.add(new Sync(event, properties, steps));
        }
    }

    @Override
    public boolean keepsSteps() {
        return true;
    }

    public synchronized List<Sync> syncs() {
        return List.copyOf(syncs);
    }

    /** The syncs that ended in {@code outcome}, in order. */
    public synchronized List<Sync> endingIn(String outcome) {
        return syncs.stream().filter(s -> s.outcome().equals(outcome)).toList();
    }

    public synchronized void clear() {
        syncs.clear();
    }
}
