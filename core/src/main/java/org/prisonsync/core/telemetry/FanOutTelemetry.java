package org.prisonsync.core.telemetry;

import java.util.List;
import java.util.Map;

/** Sends every event to several telemetry sinks (logs, the events table, metrics); one failing sink spoils none. */
public final class FanOutTelemetry implements Telemetry {
    private final List<Telemetry> sinks;

    public FanOutTelemetry(List<Telemetry> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    @Override
    public void track(String event, Map<String, String> properties) {
        for (Telemetry sink : sinks) {
            try {
                sink.track(event, properties);
            } catch (RuntimeException ignored) {
                // a broken sink must not stop the others or the sync
            }
        }
    }

    @Override
    public void outcome(String event, Map<String, String> properties, List<SyncStep> steps) {
        for (Telemetry sink : sinks) {
            try {
                sink.outcome(event, properties, steps);
            } catch (RuntimeException ignored) {
                // as in track
            }
        }
    }

    @Override
    public boolean keepsSteps() {
        for (Telemetry sink : sinks) {
            if (sink.keepsSteps()) {
                return true;
            }
        }
        return false;
    }
}
