package org.prisonsync.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many events the simulator has published, by event type. One count per change, however many copies a
 * duplicate-publish fault sends (those are counted under {@link Faults#injected()}).
 */
public final class EventLog {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    EventLog() {
    }

    void record(String eventType) {
        counts.computeIfAbsent(eventType, t -> new LongAdder()).increment();
    }

    public long count(String eventType) {
        LongAdder adder = counts.get(eventType);
        return adder == null ? 0 : adder.sum();
    }

    /** A snapshot, sorted by event type. */
    public Map<String, Long> counts() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((type, adder) -> snapshot.put(type, adder.sum()));
        return snapshot;
    }
}
