package org.prisonsync.core.migration;

import java.time.Clock;
import java.util.Objects;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * The outside parties the migration engine talks to (the domains bring their own NOMIS/DPS ports). {@code claims} are
 * the sync's write claims: an entity is claimed by its NOMIS id before it is written to DPS, so copies of one message
 * delivered at once write it once.
 */
public record MigrationPorts(MappingStore mappings, MessageQueue queue, QueueAdmin queueAdmin,
                             MigrationHistory history, MigrationFailures failures, Telemetry telemetry, Clock clock,
                             WriteClaims claims) {
    public MigrationPorts {
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(queueAdmin, "queueAdmin");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(failures, "failures");
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(claims, "claims");
    }
}
