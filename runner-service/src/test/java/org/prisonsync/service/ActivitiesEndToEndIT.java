package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.activities.ActivitiesDomain;
import org.prisonsync.core.activities.ActivityPay;
import org.prisonsync.core.activities.ActivitySchedule;
import org.prisonsync.core.activities.Allocation;
import org.prisonsync.core.activities.AttendanceSync;
import org.prisonsync.core.activities.ScheduleSlot;
import org.prisonsync.core.activities.ScheduledInstance;
import org.prisonsync.core.activities.inmemory.InMemoryActivitiesNomisApi;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.activities.ActivitiesSimulation;
import org.prisonsync.simulator.activities.DpsActivities;

/**
 * Issue 12, first part, on the running service over SQS and HTTP: a schedule created in simulated DPS reaches NOMIS
 * once with its mappings under redelivery; an allocation and an attendance likewise, an attendance NOMIS has paid
 * ends ignored, not on the DLQ; a bad input on each new event is dead-lettered at once with its reason.
 */
class ActivitiesEndToEndIT {
    private static final LocalDate DAY = LocalDate.now().plusDays(2);
    private static final LocalTime START = LocalTime.of(13, 30);
    private static final LocalTime END = LocalTime.of(16, 0);

    @TempDir
    static Path data;
    static PrisonSyncService service;
    static ActivitiesSimulation activities;
    static QueueDefinition queue;
    static final RecordingTelemetry TELEMETRY = new RecordingTelemetry();

    @BeforeAll
    static void start() {
        service = ServiceFixture.startEmbedded(data, TELEMETRY);
        activities = service.simulator().orElseThrow().domain(ActivitiesSimulation.class);
        queue = service.core().queues().byId(ActivitiesDomain.TO_NOMIS.id());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static DpsActivities dps() {
        return activities.dps();
    }

    private static InMemoryActivitiesNomisApi nomis() {
        return activities.nomis();
    }

    private static ActivitySchedule schedule(long id) {
        return new ActivitySchedule(id, id * 10, "LEI", "Gym", "SAA_GYM", "F", false, "Gym PM", 31L, 8,
                DAY.minusDays(7), null, true,
                List.of(new ScheduleSlot(1, "PM", START, END, Set.of(DayOfWeek.WEDNESDAY))),
                List.of(new ScheduledInstance(id * 100 + 1, id, DAY, START, END, false),
                        new ScheduledInstance(id * 100 + 2, id, DAY.plusDays(7), START, END, false)));
    }

    /** A schedule created in DPS and seen mapped, with its course activity id. */
    private static long mappedSchedule(long id) {
        dps().createSchedule(schedule(id), List.of(new ActivityPay("STD", 1, 110, null)));
        ServiceFixture.await("schedule " + id + " mapped", Duration.ofSeconds(30), () ->
                service.core().mappings().findByDpsId("ACTIVITY", Long.toString(id)).isPresent());
        return Long.parseLong(service.core().mappings().findByDpsId("ACTIVITY", Long.toString(id))
                .orElseThrow().nomisId());
    }

    @Test
    void aDpsScheduleReachesNomisOnceWithItsMappingsEvenWhenTheEventIsDeliveredAgain() {
        long courseActivityId = mappedSchedule(801);
        ServiceFixture.await("both sessions mapped", Duration.ofSeconds(30), () ->
                service.core().mappings().findByDpsId("ACTIVITY_SCHEDULE", "80102").isPresent());

        send(event("activities.activity-schedule.created", Map.of("activityScheduleId", 801)));
        send(event("activities.activity-schedule.created", Map.of("activityScheduleId", "801")));
        ServiceFixture.await("quiet queues", Duration.ofSeconds(30), ActivitiesEndToEndIT::quiet);

        assertThat(nomis().courseActivityIds().stream()
                .filter(id -> nomis().activityAsWritten(id).orElseThrow().code().equals("8010-801")))
                .containsExactly(courseActivityId);
        assertThat(nomis().courseSchedulesOf(courseActivityId)).hasSize(2);
        assertThat(service.core().mappings().findByDpsId("ACTIVITY_SCHEDULE", "80101").orElseThrow().nomisId())
                .isEqualTo(Long.toString(nomis().courseSchedulesOf(courseActivityId).get(0).courseScheduleId()));
    }

    @Test
    void anAllocationAndItsAttendanceReachNomisOnceAndAPaidAttendanceIsIgnoredNotDeadLettered() {
        long courseActivityId = mappedSchedule(802);
        long booking = 2_345_678;
        Allocation allocation = dps().allocate(new Allocation(8021, "B2345CD", booking, 802, "ACTIVE", 1, DAY,
                null, null, null, List.of()));
        ServiceFixture.await("allocated in NOMIS", Duration.ofSeconds(30), () ->
                nomis().allocationsOf(courseActivityId, booking).size() == 1);
        send(event("activities.prisoner.allocated", Map.of("scheduleId", 802, "allocationId", allocation.id())));
        dps().amendAllocation(allocation);

        ServiceFixture.await("the session mapped", Duration.ofSeconds(30), () ->
                service.core().mappings().findByDpsId("ACTIVITY_SCHEDULE", "80201").isPresent());
        long courseScheduleId = Long.parseLong(service.core().mappings().findByDpsId("ACTIVITY_SCHEDULE", "80201")
                .orElseThrow().nomisId());
        AttendanceSync waiting = dps().recordAttendance(new AttendanceSync(8022, 80201, 802, DAY, START, END,
                "B2345CD", booking, null, null, "WAITING", null, null, null));
        ServiceFixture.await("attendance in NOMIS", Duration.ofSeconds(30), () ->
                nomis().attendancesOf(courseScheduleId, booking).size() == 1);
        dps().amendAttendance(new AttendanceSync(8022, 80201, 802, DAY, START, END, "B2345CD", booking,
                "ATTENDED", "on time", "COMPLETED", 110, null, null));
        send(event("activities.prisoner.attendance-amended", Map.of("attendanceId", waiting.attendanceId())));
        ServiceFixture.await("quiet queues", Duration.ofSeconds(30), ActivitiesEndToEndIT::quiet);

        assertThat(nomis().allocationsOf(courseActivityId, booking)).hasSize(1);
        assertThat(nomis().attendancesOf(courseScheduleId, booking)).singleElement()
                .satisfies(row -> assertThat(row.request().eventOutcomeCode()).isEqualTo("ATT"));

        nomis().markPaid(courseScheduleId, booking);
        dps().amendAttendance(new AttendanceSync(8022, 80201, 802, DAY, START, END, "B2345CD", booking,
                "SICK", null, "COMPLETED", null, null, true));
        ServiceFixture.await("the paid attendance ignored", Duration.ofSeconds(30), () ->
                TELEMETRY.named("activity-attendance-update-ignored").stream()
                        .anyMatch(e -> "8022".equals(e.properties().get("dpsAttendanceId"))
                                && "ATTENDANCE_PAID".equals(e.properties().get("reason"))));
        assertThat(nomis().attendancesOf(courseScheduleId, booking).get(0).request().eventOutcomeCode())
                .isEqualTo("ATT");
        assertThat(dlqReasons()).noneMatch(r -> r.contains("8022"));
    }

    @Test
    void aScheduleAtAnUnmappedDpsLocationWaitsUntilTheMappingServiceMapsItThenReachesNomisThere() throws Exception {
        String room = "5a0e3c1b-7d2f-4e6a-9b8c-0d1e2f3a4b5c";
        dps().createSchedule(schedule(803).at(31L, room), List.of(new ActivityPay("STD", 1, 110, null)));
        ServiceFixture.await("the unmapped location named", Duration.ofSeconds(30), () ->
                TELEMETRY.named("activity-location-unmapped").stream()
                        .anyMatch(e -> "803".equals(e.properties().get("activityScheduleId"))
                                && room.equals(e.properties().get("dpsLocationId"))));
        assertThat(service.core().mappings().findByDpsId("ACTIVITY", "803")).isEmpty();

        // As the locations sync would: the mapping service learns the room, through the simulator's control route.
        assertThat(ServiceFixture.http("PUT", service.simulator().orElseThrow().baseUrl()
                + "/simulator/mapping/locations/dps/" + room, "{\"nomisLocationId\":7331}").statusCode())
                .isEqualTo(204);
        ServiceFixture.await("schedule 803 mapped", Duration.ofSeconds(30), () ->
                service.core().mappings().findByDpsId("ACTIVITY", "803").isPresent());

        long courseActivityId = Long.parseLong(service.core().mappings().findByDpsId("ACTIVITY", "803")
                .orElseThrow().nomisId());
        assertThat(nomis().activityAsWritten(courseActivityId).orElseThrow().internalLocationId()).isEqualTo(7331L);
        assertThat(dlqReasons()).noneMatch(r -> r.contains("activityScheduleId=803"));
    }

    @Test
    void updatesNomisHasAlreadyMadeAreAcknowledgedAsIgnoredNotDeadLettered() {
        String sim = service.simulator().orElseThrow().baseUrl();
        long courseActivityId = mappedSchedule(804);
        long booking = 2_345_804;
        Allocation allocation = dps().allocate(new Allocation(8041, "B2345CE", booking, 804, "ACTIVE", 1, DAY,
                null, null, null, List.of()));
        ServiceFixture.await("allocated in NOMIS", Duration.ofSeconds(30), () ->
                nomis().allocationsOf(courseActivityId, booking).size() == 1);

        // NOMIS ends the allocation itself when the prisoner is released; DPS's deallocation follows.
        assertThat(ServiceFixture.http("POST", sim + "/simulator/nomis/bookings/" + booking + "/activities/moved")
                .statusCode()).isEqualTo(204);
        dps().amendAllocation(new Allocation(8041, "B2345CE", booking, 804, "ENDED", 1, DAY, DAY, "Released", null,
                List.of()));
        ServiceFixture.await("the ended allocation ignored", Duration.ofSeconds(30), () ->
                TELEMETRY.named("activity-allocation-ignored").stream()
                        .anyMatch(e -> "8041".equals(e.properties().get("dpsAllocationId"))
                                && "ALLOCATION_ALREADY_ENDED".equals(e.properties().get("reason"))));

        // A later schedule amend removed the session in NOMIS; the session's own amend arrives after it.
        ServiceFixture.await("the session mapped", Duration.ofSeconds(30), () ->
                service.core().mappings().findByDpsId("ACTIVITY_SCHEDULE", "80401").isPresent());
        String courseScheduleId = service.core().mappings().findByDpsId("ACTIVITY_SCHEDULE", "80401")
                .orElseThrow().nomisId();
        assertThat(ServiceFixture.http("DELETE", sim + "/simulator/nomis/course-schedules/" + courseScheduleId)
                .statusCode()).isEqualTo(204);
        send(event("activities.scheduled-instance.amended", Map.of("activityScheduleId", 804,
                "scheduledInstanceId", 80401)));
        ServiceFixture.await("the removed session's amend ignored", Duration.ofSeconds(30), () ->
                TELEMETRY.named("activity-scheduled-instance-amend-ignored").stream()
                        .anyMatch(e -> "80401".equals(e.properties().get("dpsScheduledInstanceId"))
                                && "COURSE_SCHEDULE_DELETED".equals(e.properties().get("reason"))));

        assertThat(TELEMETRY.named("activity-allocation-failed").stream()
                .filter(e -> "8041".equals(e.properties().get("dpsAllocationId")))).isEmpty();
        assertThat(dlqReasons()).noneMatch(r -> r.contains("8041") || r.contains("80401"));
    }

    @Test
    void aBadInputOnEachNewEventIsDeadLetteredAtOnceWithItsReason() {
        send(event("activities.activity-schedule.created", Map.of("scheduleId", 5)));
        send(event("activities.prisoner.allocated", Map.of("allocationId", "not-a-number")));
        send(event("activities.prisoner.attendance-deleted", Map.of("scheduledInstanceId", 1, "bookingId", 0)));

        ServiceFixture.await("three on the DLQ", Duration.ofSeconds(30), () -> dlqReasons().size() >= 3);

        assertThat(dlqReasons())
                .anySatisfy(r -> assertThat(r).contains("additionalInformation.activityScheduleId"))
                .anySatisfy(r -> assertThat(r).contains("additionalInformation.allocationId")
                        .contains("not-a-number"))
                .anySatisfy(r -> assertThat(r).contains("additionalInformation.bookingId"));
        assertThat(TELEMETRY.count("activities.prisoner.allocated-sent-to-dlq")).isEqualTo(1);
    }

    private static void send(Notification notification) {
        service.messageQueue().send(queue.queueName(), notification);
    }

    private static Notification event(String eventType, Map<String, Object> info) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1.0");
        message.put("occurredAt", OffsetDateTime.now().toString());
        message.put("additionalInformation", info);
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }

    private static List<String> dlqReasons() {
        return ServiceFixture.dlqReasons(service, queue);
    }

    private static boolean quiet() {
        return service.core().queueAdmin().status().stream()
                .allMatch(q -> q.messagesOnQueue() == 0 && q.messagesInFlight() == 0);
    }
}
