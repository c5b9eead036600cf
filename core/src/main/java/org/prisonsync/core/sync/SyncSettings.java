package org.prisonsync.core.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * Engine settings. {@code instanceId} names this process in write claims; {@code claimLease} is how long a claim
 * protects an in-progress create before another consumer may resume it. Keep the lease shorter than the queue's
 * visibility timeout so a redelivery after a crash can resume straight away.
 */
public record SyncSettings(String instanceId, Duration claimLease) {
    public SyncSettings {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(claimLease, "claimLease");
    }

    public static SyncSettings defaults() {
        return new SyncSettings("prison-sync-" + UUID.randomUUID().toString().substring(0, 8), Duration.ofSeconds(30));
    }
}
