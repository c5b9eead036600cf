package org.prisonsync.core.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.telemetry.StepTrail;
import org.prisonsync.core.telemetry.SyncStep;
import org.prisonsync.core.telemetry.TelemetryEvent;

/** Keeps the steps of every sync with the outcome they led to, in order: the in-memory twin of {@link StepTrail}. */
public final class RecordingStepTrail implements StepTrail {
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
    public synchronized void steps(String outcome, Map<String, String> outcomeProperties, List<SyncStep> steps) {
        syncs.add(new Sync(outcome, outcomeProperties, steps));
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
