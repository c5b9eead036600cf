package org.prisonsync.core.finance;

import java.time.Duration;
import java.util.Objects;

/**
 * @param gracePeriod    how long a transaction's window absorbs row events before its sync (upstream's
 *                       {@code forwardingDelaySeconds}; the seed says 5 s); whole seconds, at most the SQS 15 minutes
 * @param scheduleLease  how long an instance that opened a window may take to queue its delayed sync before another
 *                       instance presumes it dead and queues it instead
 * @param syncLease      how long a sync (NOMIS read, DPS call, mapping) may take before another instance presumes
 *                       the syncing one dead and syncs the window itself
 */
public record FinanceSettings(Duration gracePeriod, Duration scheduleLease, Duration syncLease) {
    static final Duration MAX_GRACE = Duration.ofMinutes(15);
    public static final FinanceSettings DEFAULTS = new FinanceSettings(Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(60));

    public FinanceSettings {
        Objects.requireNonNull(gracePeriod, "gracePeriod");
        Objects.requireNonNull(scheduleLease, "scheduleLease");
        Objects.requireNonNull(syncLease, "syncLease");
        if (gracePeriod.isNegative() || gracePeriod.compareTo(MAX_GRACE) > 0 || gracePeriod.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("the grace period is whole seconds from 0 to 900 (an SQS delay)");
        }
        if (scheduleLease.compareTo(Duration.ofSeconds(1)) < 0 || syncLease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("leases are at least a second");
        }
    }

    public FinanceSettings withGracePeriod(Duration grace) {
        return new FinanceSettings(grace, scheduleLease, syncLease);
    }
}
