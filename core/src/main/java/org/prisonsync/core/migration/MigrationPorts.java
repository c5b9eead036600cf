package org.prisonsync.core.migration;

import java.time.Clock;
import java.util.Objects;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.telemetry.Telemetry;

/** The outside parties the migration engine talks to (the domains bring their own NOMIS/DPS ports). */
public record MigrationPorts(MappingStore mappings, MessageQueue queue, QueueAdmin queueAdmin,
                             MigrationHistory history, MigrationFailures failures, Telemetry telemetry, Clock clock) {
    public MigrationPorts {
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(queueAdmin, "queueAdmin");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(failures, "failures");
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(clock, "clock");
    }
}
