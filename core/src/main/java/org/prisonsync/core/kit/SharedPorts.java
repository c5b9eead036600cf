package org.prisonsync.core.kit;

import java.time.Clock;
import java.util.Objects;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * The outside parties every domain shares: the mapping store and write claims, the queues, telemetry and the clock.
 * A domain's own parties (its NOMIS and DPS APIs, its stores) are given to the domain itself, never here.
 */
public record SharedPorts(MappingStore mappings, WriteClaims claims, MessageQueue queue, QueueAdmin queueAdmin,
                          Telemetry telemetry, Clock clock) {
    public SharedPorts {
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(queueAdmin, "queueAdmin");
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(clock, "clock");
    }
}
