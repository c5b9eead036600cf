package org.prisonsync.core.activities;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.prisonsync.core.activities.inmemory.InMemoryActivitiesDpsApi;
import org.prisonsync.core.activities.inmemory.InMemoryActivitiesNomisApi;
import org.prisonsync.core.locations.inmemory.InMemoryLocationMappings;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.SyncSettings;

/** The core with only the activities domain installed, over the in-memory ports, and the events DPS would send. */
final class ActivitiesWorld {
    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String QUEUE = ActivitiesDomain.TO_NOMIS.defaultName();
    static final Duration LEASE = Duration.ofSeconds(30);
    static final LocalTime AM_START = LocalTime.of(9, 0);
    static final LocalTime AM_END = LocalTime.of(11, 30);

    final MutableClock clock = new MutableClock(START);
    final InMemoryMappingStore storedMappings = new InMemoryMappingStore(clock);
    final InMemoryWriteClaims claims = new InMemoryWriteClaims();
    final InMemoryQueues queues = new InMemoryQueues(List.of(
            QueueDefinition.withDefaults(ActivitiesDomain.TO_NOMIS.id(), QUEUE, QUEUE + "-dlq")));
    final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    final InMemoryActivitiesNomisApi nomis = new InMemoryActivitiesNomisApi();
    final InMemoryActivitiesDpsApi dps = new InMemoryActivitiesDpsApi();
    final InMemoryLocationMappings locations = new InMemoryLocationMappings();
    final PrisonSyncCore core;

    ActivitiesWorld() {
        this(store -> store);
    }

    /** {@code mappings} wraps the stored mappings, e.g. to make saves fail. */
    ActivitiesWorld(UnaryOperator<MappingStore> mappings) {
        core = PrisonSyncCore.builder(new SharedPorts(mappings.apply(storedMappings), claims, queues, queues,
                        telemetry, clock))
                .domain(new ActivitiesDomain(nomis, dps, locations))
                .queues(queues.queues())
                .settings(new SyncSettings("test-instance", LEASE))
                .build();
    }

    Disposition handle(Envelope message) {
        return core.processor().handle(new InboundMessage(QUEUE, "msg-" + UUID.randomUUID(), 1, message,
                message.toString(), Map.of()));
    }

    int pump() {
        int delivered = 0;
        int round;
        while ((round = queues.pump(QUEUE, core.processor())) > 0) {
            delivered += round;
        }
        return delivered;
    }

    /** A schedule of activity {@code id * 10} in MDI: two morning sessions (yesterday's and tomorrow's), paid. */
    ActivitySchedule schedule(long id) {
        ActivitySchedule schedule = new ActivitySchedule(id, id * 10, "MDI", "Woodwork", "SAA_INDUSTRIES", "H",
                false, "Woodwork AM", 27L, 12, TODAY.minusDays(7), null, false,
                List.of(new ScheduleSlot(1, "AM", AM_START, AM_END, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY))),
                List.of(instance(id * 100 + 1, id, TODAY.minusDays(1)), instance(id * 100 + 2, id, TODAY.plusDays(1))));
        dps.putSchedule(schedule);
        dps.putActivityPay(id * 10, List.of(new ActivityPay("STD", 1, 125, null),
                new ActivityPay("ENH", 2, 150, TODAY)));
        return schedule;
    }

    static ScheduledInstance instance(long id, long scheduleId, LocalDate date) {
        return new ScheduledInstance(id, scheduleId, date, AM_START, AM_END, false);
    }

    /** The schedule created and mapped in NOMIS through its event. */
    ActivitySchedule mappedSchedule(long id) {
        ActivitySchedule schedule = schedule(id);
        if (handle(scheduleCreated(id)) != Disposition.ACK) {
            throw new IllegalStateException("the schedule was not created");
        }
        return schedule;
    }

    Allocation allocation(long id, long scheduleId, String prisoner, long bookingId, String status) {
        return dps.putAllocation(new Allocation(id, prisoner, bookingId, scheduleId, status, 1, TODAY, null, null,
                null, List.of()));
    }

    AttendanceSync attendance(long id, ScheduledInstance instance, String prisoner, long bookingId, String status,
                              String reason) {
        return dps.putAttendance(new AttendanceSync(id, instance.id(), instance.activityScheduleId(),
                instance.date(), instance.startTime(), instance.endTime(), prisoner, bookingId, reason, null, status,
                "ATTENDED".equals(reason) ? 125 : null, null, null));
    }

    Optional<Mapping> activityMapping(long scheduleId) {
        return storedMappings.findByDpsId(ActivitiesSync.ENTITY_TYPE, Long.toString(scheduleId));
    }

    Optional<Mapping> instanceMapping(long instanceId) {
        return storedMappings.findByDpsId(ActivitiesSync.SCHEDULE_ENTITY_TYPE, Long.toString(instanceId));
    }

    long courseActivityId(long scheduleId) {
        return Long.parseLong(activityMapping(scheduleId).orElseThrow().nomisId());
    }

    long courseScheduleId(long instanceId) {
        return Long.parseLong(instanceMapping(instanceId).orElseThrow().nomisId());
    }

    static Notification scheduleCreated(long scheduleId) {
        return event(ActivitiesSync.SCHEDULE_CREATED, Map.of("activityScheduleId", scheduleId));
    }

    static Notification allocated(Allocation allocation) {
        return event(ActivitiesSync.ALLOCATED, Map.of("scheduleId", allocation.scheduleId(),
                "allocationId", allocation.id()));
    }

    static Notification attendanceEvent(String type, AttendanceSync attendance) {
        return event(type, Map.of("attendanceId", attendance.attendanceId()));
    }

    static Notification event(String eventType, Map<String, Object> info) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1.0");
        message.put("occurredAt", START.toString());
        message.put("description", "an activities event");
        message.put("additionalInformation", info);
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }
}
