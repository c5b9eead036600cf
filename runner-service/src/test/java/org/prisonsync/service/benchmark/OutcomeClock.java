package org.prisonsync.service.benchmark;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * The sync benchmark's stopwatch, installed as the service's extra telemetry sink. The producer notes when it
 * publishes each event for an entity key (a visit reference, an alert uuid); the service tracks one outcome per
 * message after the mapping is saved (or the NOMIS update made), and a final outcome ({@code …-success},
 * {@code …-duplicate}) for that key stops the earliest running watch of the key. Events of one key are published
 * seconds apart, so they finish in the order they were published and the pairing is exact.
 *
 * <p>Every outcome is also counted by name, so a run shows the retries ({@code …-awaiting-claim}, {@code …-failed})
 * it took besides the final outcomes.
 */
final class OutcomeClock implements Telemetry {
    private final java.util.List<String> keyProperties;
    private final Map<String, ArrayDeque<Long>> running = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final AtomicLong finished = new AtomicLong();
    private volatile long lastFinishedNanos;
    private volatile long[] latencies = new long[0];
    private final AtomicLong latencyCount = new AtomicLong();

    /** {@code keyProperties}: the telemetry properties that name an entity ({@code visitId}, {@code alertUuid}). */
    OutcomeClock(String... keyProperties) {
        this.keyProperties = java.util.List.of(keyProperties);
    }

    /** Starts a phase of {@code expected} events: clears the counts and makes room for their latencies. */
    synchronized void begin(int expected) {
        running.clear();
        outcomes.clear();
        finished.set(0);
        latencyCount.set(0);
        latencies = new long[expected];
        lastFinishedNanos = 0;
    }

    /** The producer is about to publish an event for {@code key}; call it before the send, never after. */
    void published(String key, long nanos) {
        ArrayDeque<Long> watches = running.computeIfAbsent(key, k -> new ArrayDeque<>(2));
        synchronized (watches) {
            watches.addLast(nanos);
        }
    }

    @Override
    public void track(String event, Map<String, String> properties) {
        long now = System.nanoTime();
        outcomes.computeIfAbsent(event, e -> new LongAdder()).increment();
        if (!isFinal(event)) {
            return;
        }
        String key = null;
        for (int i = 0; i < keyProperties.size() && key == null; i++) {
            key = properties.get(keyProperties.get(i));
        }
        ArrayDeque<Long> watches = key == null ? null : running.get(key);
        if (watches == null) {
            return;
        }
        Long started;
        synchronized (watches) {
            started = watches.pollFirst();
        }
        if (started == null) {
            return;
        }
        long index = latencyCount.getAndIncrement();
        long[] samples = latencies;
        if (index < samples.length) {
            samples[(int) index] = now - started;
        }
        lastFinishedNanos = now;
        finished.incrementAndGet();
    }

    /** Events of this phase whose final outcome was tracked. */
    long finished() {
        return finished.get();
    }

    long lastFinishedNanos() {
        return lastFinishedNanos;
    }

    /** Publication to final outcome, in nanoseconds, of every finished event of this phase (unsorted copy). */
    long[] latencies() {
        int n = (int) Math.min(latencyCount.get(), latencies.length);
        return java.util.Arrays.copyOf(latencies, n);
    }

    /** Every outcome tracked in this phase, by name. */
    Map<String, Long> outcomes() {
        Map<String, Long> counts = new TreeMap<>();
        outcomes.forEach((name, count) -> counts.put(name, count.sum()));
        return counts;
    }

    /** A message's last word: written and mapped, updated, or already done (a redelivery). */
    static boolean isFinal(String event) {
        return event.endsWith("-success") || event.endsWith("-duplicate");
    }
}
