package org.prisonsync.core.engine;

import java.time.Clock;
import java.util.Objects;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.core.visits.VisitsNomisApi;

/** Every outside party the core talks to, as ports: real adapters in the runners, in-memory ones in tests. */
public record CorePorts(MappingStore mappings, WriteClaims claims, MessageQueue queue, QueueAdmin queueAdmin,
                        Telemetry telemetry, Clock clock, VisitsNomisApi visitsNomis, VisitsDpsApi visitsDps) {
    public CorePorts {
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(queueAdmin, "queueAdmin");
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(visitsNomis, "visitsNomis");
        Objects.requireNonNull(visitsDps, "visitsDps");
    }
}
