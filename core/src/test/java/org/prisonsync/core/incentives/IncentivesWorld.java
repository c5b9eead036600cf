package org.prisonsync.core.incentives;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.incentives.inmemory.InMemoryIncentivesDpsApi;
import org.prisonsync.core.incentives.inmemory.InMemoryIncentivesNomisApi;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.SyncSettings;

/** The core with only the incentives domain installed, over the in-memory ports, and the events DPS would send. */
final class IncentivesWorld {
    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    static final String QUEUE = IncentivesDomain.TO_NOMIS.defaultName();
    static final Duration LEASE = Duration.ofSeconds(30);
    static final LocalDateTime REVIEWED = LocalDateTime.of(2026, 3, 1, 9, 15, 30);

    final MutableClock clock = new MutableClock(START);
    final InMemoryMappingStore storedMappings = new InMemoryMappingStore(clock);
    final InMemoryWriteClaims claims = new InMemoryWriteClaims();
    final InMemoryQueues queues = new InMemoryQueues(List.of(
            QueueDefinition.withDefaults(IncentivesDomain.TO_NOMIS.id(), QUEUE, QUEUE + "-dlq")));
    final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    final InMemoryIncentivesNomisApi nomis = new InMemoryIncentivesNomisApi(clock);
    final InMemoryIncentivesDpsApi dps = new InMemoryIncentivesDpsApi();
    final InMemoryActivePrisoners active = new InMemoryActivePrisoners();
    final PrisonSyncCore core;

    IncentivesWorld() {
        this(store -> store);
    }

    /** {@code mappings} wraps the stored mappings, e.g. to make saves fail. */
    IncentivesWorld(UnaryOperator<MappingStore> mappings) {
        core = PrisonSyncCore.builder(new SharedPorts(mappings.apply(storedMappings), claims, queues, queues,
                        telemetry, clock))
                .domain(new IncentivesDomain(nomis, dps, active, new IncentivesReconciliationSettings(3, 2)))
                .queues(queues.queues())
                .settings(new SyncSettings("test-instance", LEASE))
                .build();
    }

    Disposition handle(Envelope message) {
        return handle(message, 1);
    }

    Disposition handle(Envelope message, int receiveCount) {
        return core.processor().handle(new InboundMessage(QUEUE, "msg-" + UUID.randomUUID(), receiveCount, message,
                message.toString(), Map.of()));
    }

    /** Delivers whatever is on the queue (mapping retries) until it is empty. */
    int pump() {
        int delivered = 0;
        int round;
        while ((round = queues.pump(QUEUE, core.processor())) > 0) {
            delivered += round;
        }
        return delivered;
    }

    Optional<Mapping> mappingOf(IncentiveReview review) {
        return storedMappings.findByDpsId(IncentivesSync.ENTITY_TYPE, Long.toString(review.id()));
    }

    /** A prisoner with a current NOMIS booking and one DPS review on it. */
    IncentiveReview reviewedPrisoner(String prisoner, String level) {
        long booking = nomis.admit(prisoner);
        active.add(prisoner, booking);
        return dps.addReview(prisoner, booking, level, REVIEWED, "MDI", "reviewed");
    }

    static Notification reviewInserted(IncentiveReview review) {
        return reviewInserted(Map.of("id", review.id(), "nomsNumber", review.prisonerNumber(), "reason", "REVIEW"));
    }

    static Notification reviewInserted(Map<String, Object> info) {
        return event(IncentivesSync.REVIEW_INSERTED, info);
    }

    static Notification event(String eventType, Map<String, Object> info) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1.0");
        message.put("occurredAt", START.toString());
        message.put("description", "an incentives event");
        message.put("additionalInformation", info);
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }
}
