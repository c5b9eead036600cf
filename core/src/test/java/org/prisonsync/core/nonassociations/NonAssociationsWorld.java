package org.prisonsync.core.nonassociations;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.nonassociations.inmemory.InMemoryNonAssociationsDpsApi;
import org.prisonsync.core.nonassociations.inmemory.InMemoryNonAssociationsNomisApi;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.SyncSettings;

/** The core with only the non-associations domain installed, over the in-memory ports, and the events DPS sends. */
final class NonAssociationsWorld {
    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    static final LocalDateTime MADE = LocalDateTime.of(2026, 2, 20, 9, 15, 30);
    static final String QUEUE = NonAssociationsDomain.TO_NOMIS.defaultName();

    final MutableClock clock = new MutableClock(START);
    final InMemoryMappingStore mappings = new InMemoryMappingStore(clock);
    final InMemoryWriteClaims claims = new InMemoryWriteClaims();
    final InMemoryQueues queues = new InMemoryQueues(List.of(
            QueueDefinition.withDefaults(NonAssociationsDomain.TO_NOMIS.id(), QUEUE, QUEUE + "-dlq")));
    final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    final InMemoryNonAssociationsNomisApi nomis = new InMemoryNonAssociationsNomisApi(clock);
    final InMemoryNonAssociationsDpsApi dps = new InMemoryNonAssociationsDpsApi(clock, 100);
    final PrisonSyncCore core;

    NonAssociationsWorld() {
        core = PrisonSyncCore.builder(new SharedPorts(mappings, claims, queues, queues, telemetry, clock))
                .domain(new NonAssociationsDomain(nomis, dps, 3))
                .queues(queues.queues())
                .settings(new SyncSettings("test-instance", Duration.ofSeconds(30)))
                .build();
    }

    NonAssociationRepairs repairs() {
        return core.domain(NonAssociationsDomain.class).repairs();
    }

    Disposition handle(Envelope message) {
        return core.processor().handle(new InboundMessage(QUEUE, "msg-" + UUID.randomUUID(), 1, message,
                message.toString(), Map.of()));
    }

    /** A DPS non-association between two prisoners NOMIS knows. */
    DpsNonAssociation made(String first, String second, String restriction) {
        for (String prisoner : List.of(first, second)) {
            if (!nomis.knows(prisoner)) {
                nomis.admit(prisoner);
            }
        }
        return dps.create(first, "VICTIM", second, "PERPETRATOR", "BULLYING", restriction, "keep apart", MADE);
    }

    Optional<Mapping> mappingOf(long dpsId) {
        return mappings.findByDpsId(NonAssociationsSync.ENTITY_TYPE, Long.toString(dpsId));
    }

    static Notification event(String eventType, long id) {
        return event(eventType, Map.of("id", id));
    }

    static Notification merged(String retained, String removed) {
        return event(NonAssociationsSync.MERGED, Map.of("nomsNumber", retained, "removedNomsNumber", removed,
                "bookingId", "1234567", "reason", "MERGE"));
    }

    static Notification event(String eventType, Map<String, Object> info) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1.0");
        message.put("occurredAt", START.toString());
        message.put("description", "a non-associations event");
        message.put("additionalInformation", info);
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }
}
