package org.prisonsync.core.adjustments;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prisonsync.core.adjustments.inmemory.InMemoryAdjustmentsDpsApi;
import org.prisonsync.core.adjustments.inmemory.InMemoryAdjustmentsNomisApi;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.SyncSettings;

/** The core with only the adjustments domain installed, over the in-memory ports, and the events both sides send. */
final class AdjustmentsWorld {
    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    static final String TO_QUEUE = AdjustmentsDomain.TO_NOMIS.defaultName();
    static final String FROM_QUEUE = AdjustmentsDomain.FROM_NOMIS.defaultName();
    static final Duration LEASE = Duration.ofSeconds(30);
    static final String PRISONER = "A1234BC";
    static final long BOOKING = 501;

    final MutableClock clock = new MutableClock(START);
    final InMemoryMappingStore mappings = new InMemoryMappingStore(clock);
    final InMemoryWriteClaims claims = new InMemoryWriteClaims();
    final InMemoryQueues queues = new InMemoryQueues(List.of(
            QueueDefinition.withDefaults(AdjustmentsDomain.TO_NOMIS.id(), TO_QUEUE, TO_QUEUE + "-dlq"),
            QueueDefinition.withDefaults(AdjustmentsDomain.FROM_NOMIS.id(), FROM_QUEUE, FROM_QUEUE + "-dlq")));
    final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    final InMemoryAdjustmentsNomisApi nomis = new InMemoryAdjustmentsNomisApi();
    final InMemoryAdjustmentsDpsApi dps = new InMemoryAdjustmentsDpsApi();
    final InMemoryActivePrisoners active = new InMemoryActivePrisoners();
    final PrisonSyncCore core;

    AdjustmentsWorld() {
        core = PrisonSyncCore.builder(new SharedPorts(mappings, claims, queues, queues, telemetry, clock))
                .domain(new AdjustmentsDomain(nomis, dps, active))
                .queues(queues.queues())
                .settings(new SyncSettings("test-instance", LEASE))
                .build();
        nomis.admit(BOOKING, PRISONER, 1, "MDI");
    }

    Disposition toNomis(Notification message) {
        return handle(TO_QUEUE, message);
    }

    Disposition fromNomis(Notification message) {
        return handle(FROM_QUEUE, message);
    }

    Disposition handle(String queue, Notification message) {
        return core.processor().handle(new InboundMessage(queue, "msg-" + UUID.randomUUID(), 1, message,
                message.toString(), Map.of()));
    }

    Optional<Mapping> mappingOfDps(String uuid) {
        return mappings.findByDpsId(AdjustmentsSync.ENTITY_TYPE, uuid);
    }

    Optional<Mapping> mappingOfNomis(NomisAdjustmentId id) {
        return mappings.findByNomisId(AdjustmentsSync.ENTITY_TYPE, id.key());
    }

    /** A DPS adjustment on the world's booking: a sentence adjustment when {@code sentenceSequence} is set. */
    static LegacyAdjustment legacy(String type, Integer sentenceSequence, int days) {
        return new LegacyAdjustment(BOOKING, sentenceSequence, PRISONER, type, LocalDate.of(2026, 1, 5),
                LocalDate.of(2025, 12, 1), days, "from DPS", true, false, "MDI", true);
    }

    static NomisAdjustmentRequest nomisRequest(String type, int days) {
        return new NomisAdjustmentRequest(type, LocalDate.of(2026, 1, 5), LocalDate.of(2025, 12, 1), days,
                "made in NOMIS", true, null);
    }

    static Notification dpsEvent(String eventType, String uuid, String source) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", uuid);
        info.put("offenderNo", PRISONER);
        if (source != null) {
            info.put("source", source);
        }
        return dpsEvent(eventType, info);
    }

    static Notification dpsEvent(String eventType, Map<String, Object> info) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1.0");
        message.put("occurredAt", START.toString());
        message.put("description", "an adjustments event");
        message.put("additionalInformation", info);
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }

    static Notification nomisEvent(String eventType, NomisAdjustmentId id, String auditModule) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("eventDatetime", "2026-03-02T10:00:00");
        message.put("offenderIdDisplay", PRISONER);
        message.put("bookingId", Long.toString(BOOKING));
        message.put("adjustmentId", Long.toString(id.id()));
        message.put("nomisEventType", "WHATEVER");
        message.put("auditModuleName", auditModule);
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }
}
