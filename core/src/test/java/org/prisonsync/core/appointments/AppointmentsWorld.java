package org.prisonsync.core.appointments;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prisonsync.core.appointments.inmemory.InMemoryAppointmentsDpsApi;
import org.prisonsync.core.appointments.inmemory.InMemoryAppointmentsNomisApi;
import org.prisonsync.core.locations.inmemory.InMemoryLocationMappings;
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
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.SyncSettings;

/** The core with only the appointments domain installed, over the in-memory ports, and the events DPS would send. */
final class AppointmentsWorld {
    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String QUEUE = AppointmentsDomain.TO_NOMIS.defaultName();
    static final Duration LEASE = Duration.ofSeconds(30);
    static final String PRISON = "MDI";
    static final String DPS_ROOM = "2b1d2a9e-4a3c-4f1e-9b7d-5c6a7e8f9a01";
    static final long NOMIS_ROOM = 3201;

    final MutableClock clock = new MutableClock(START);
    final InMemoryMappingStore mappings = new InMemoryMappingStore(clock);
    final InMemoryWriteClaims claims = new InMemoryWriteClaims();
    final InMemoryQueues queues = new InMemoryQueues(List.of(
            QueueDefinition.withDefaults(AppointmentsDomain.TO_NOMIS.id(), QUEUE, QUEUE + "-dlq")));
    final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    final InMemoryAppointmentsNomisApi nomis = new InMemoryAppointmentsNomisApi();
    final InMemoryAppointmentsDpsApi dps = new InMemoryAppointmentsDpsApi();
    final InMemoryLocationMappings locations = new InMemoryLocationMappings();
    final PrisonSyncCore core;

    AppointmentsWorld() {
        core = PrisonSyncCore.builder(new SharedPorts(mappings, claims, queues, queues, telemetry, clock))
                .domain(new AppointmentsDomain(nomis, dps, locations, new AppointmentsReconciliationSettings(1, 28, 2)))
                .queues(queues.queues())
                .settings(new SyncSettings("test-instance", LEASE))
                .build();
        dps.rollOut(PRISON);
        locations.map(DPS_ROOM, NOMIS_ROOM);
    }

    AppointmentRepairs repairs() {
        return core.domain(AppointmentsDomain.class).repairs();
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

    Optional<Mapping> mappingOf(long instanceId) {
        return mappings.findByDpsId(AppointmentsSync.ENTITY_TYPE, Long.toString(instanceId));
    }

    long nomisIdOf(long instanceId) {
        return Long.parseLong(mappingOf(instanceId).orElseThrow().nomisId());
    }

    /** A DPS instance at the DPS room, on a booking NOMIS knows, {@code days} from today at 09:30-10:15. */
    AppointmentInstance instance(long id, String prisoner, long booking, int days) {
        nomis.admit(booking, prisoner, PRISON);
        return dps.put(new AppointmentInstance(id, booking, PRISON, prisoner, "CHAP", "Chaplaincy talk", null,
                DPS_ROOM, false, TODAY.plusDays(days), LocalTime.of(9, 30), LocalTime.of(10, 15),
                "bring a book"));
    }

    static Notification event(String eventType, Object instanceId) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("appointmentInstanceId", instanceId);
        return event(eventType, info);
    }

    static Notification event(String eventType, Map<String, Object> info) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1.0");
        message.put("occurredAt", START.toString());
        message.put("description", "an appointments event");
        message.put("additionalInformation", info);
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }
}
