package org.prisonsync.core.trail;

import java.time.Duration;
import java.util.Objects;
import org.prisonsync.core.telemetry.EventPattern;

/**
 * How the trail is written: on or off, how many events may wait for the writer (a sync's steps with its outcome count
 * as one; beyond that, new ones are dropped and counted rather than slow the sync), how many entries go in one batch
 * (a sync's are never split, so a batch may end a few over), how often a partial batch is written, and how long
 * entries are kept.
 */
public record TrailSettings(boolean enabled, int capacity, int batchSize, Duration flushInterval, Duration retention,
                            java.util.List<String> leftOut) {
    /**
     * Left out by default: a migrated entity's success, one per entity. Its mapping row records it already (pair,
     * migration id as label, time: {@code mapping show}), and writing it twice cost a migration a sixth of its
     * throughput (docs/benchmarks.md). A migration's failures, duplicates and progress stay in the trail.
     */
    public static final java.util.List<String> LEFT_OUT_BY_DEFAULT = java.util.List.of("*-migration-entity-migrated");
    public static final TrailSettings DEFAULTS = new TrailSettings(true, 100_000, 500, Duration.ofMillis(200),
            Duration.ofDays(14), LEFT_OUT_BY_DEFAULT);

    /** Settings that keep every event. */
    public TrailSettings(boolean enabled, int capacity, int batchSize, Duration flushInterval, Duration retention) {
        this(enabled, capacity, batchSize, flushInterval, retention, java.util.List.of());
    }

    public TrailSettings {
        Objects.requireNonNull(flushInterval, "flushInterval");
        Objects.requireNonNull(retention, "retention");
        leftOut = java.util.List.copyOf(leftOut);
        leftOut.forEach(EventPattern::new);
        if (capacity < 1 || batchSize < 1 || batchSize > capacity) {
            throw new IllegalArgumentException("capacity and batch size must be positive, the batch no larger");
        }
        if (flushInterval.isNegative() || flushInterval.isZero() || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the flush interval and the retention must be positive");
        }
    }

    public TrailSettings withEnabled(boolean on) {
        return new TrailSettings(on, capacity, batchSize, flushInterval, retention, leftOut);
    }

    public TrailSettings withRetention(Duration kept) {
        return new TrailSettings(enabled, capacity, batchSize, flushInterval, kept, leftOut);
    }

    /** These events (names, or {@code *-suffix}) are not written to the trail. */
    public TrailSettings withLeftOut(java.util.List<String> events) {
        return new TrailSettings(enabled, capacity, batchSize, flushInterval, retention, events);
    }

    /** Whether {@code event} is one the trail leaves out. */
    public boolean leavesOut(String event) {
        return leftOut.stream().anyMatch(pattern -> new EventPattern(pattern).matches(event));
    }
}
