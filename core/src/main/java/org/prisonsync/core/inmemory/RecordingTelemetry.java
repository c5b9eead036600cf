package org.prisonsync.core.inmemory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.core.telemetry.TelemetryEvent;

/** Keeps every tracked event in order, for tests and for the embedded default's event view. */
public final class RecordingTelemetry implements Telemetry {
    private final List<TelemetryEvent> events = new ArrayList<>();
    private final Clock clock;

    public RecordingTelemetry(Clock clock) {
        this.clock = clock;
    }

    public RecordingTelemetry() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized void track(String event, Map<String, String> properties) {
        events.add(new TelemetryEvent(event, properties, clock.instant()));
    }

    public synchronized List<TelemetryEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<TelemetryEvent> named(String name) {
        return events.stream().filter(e -> e.name().equals(name)).toList();
    }

    public synchronized long count(String name) {
        return events.stream().filter(e -> e.name().equals(name)).count();
    }

    public synchronized void clear() {
        events.clear();
    }
}
