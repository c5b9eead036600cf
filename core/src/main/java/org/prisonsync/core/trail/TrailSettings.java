package org.prisonsync.core.trail;

import java.time.Duration;
import java.util.Objects;

/**
 * How the trail is written: on or off, how many entries may wait for the writer (beyond that, new ones are dropped
 * and counted rather than slow the sync), how many go in one batch, how often a partial batch is written, and how long
 * entries are kept.
 */
public record TrailSettings(boolean enabled, int capacity, int batchSize, Duration flushInterval, Duration retention) {
    public static final TrailSettings DEFAULTS =
            new TrailSettings(true, 100_000, 500, Duration.ofMillis(200), Duration.ofDays(14));

    public TrailSettings {
        Objects.requireNonNull(flushInterval, "flushInterval");
        Objects.requireNonNull(retention, "retention");
        if (capacity < 1 || batchSize < 1 || batchSize > capacity) {
            throw new IllegalArgumentException("capacity and batch size must be positive, the batch no larger");
        }
        if (flushInterval.isNegative() || flushInterval.isZero() || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the flush interval and the retention must be positive");
        }
    }

    public TrailSettings withEnabled(boolean on) {
        return new TrailSettings(on, capacity, batchSize, flushInterval, retention);
    }

    public TrailSettings withRetention(Duration kept) {
        return new TrailSettings(enabled, capacity, batchSize, flushInterval, kept);
    }
}
