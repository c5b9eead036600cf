package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.activities.ActivitiesSimulation;

/**
 * Issue 12 done-when 2 on the running service, over SQS and HTTP against the simulator: a NOMIS program profile and
 * an attendance planted twice (through the simulator's control routes) make the next DPS update fail with NOMIS's
 * 500; each is reported once with what to delete, the repair's dry run changes nothing, the repair removes the extra
 * row, and the very message that failed then succeeds on its retry, with nothing on the DLQ.
 */
class ActivitiesDuplicatesIT {
    private static final LocalDate DAY = LocalDate.now().plusDays(4);
    private static final LocalTime START = LocalTime.of(9, 0);
    private static final LocalTime END = LocalTime.of(11, 0);
    private static final long BOOKING = 3_456_789;
    private static final String PRISONER = "C3456DE";

    @TempDir
    static Path data;
    static PrisonSyncService service;
    static ActivitiesSimulation activities;
    static QueueDefinition queue;
    static String base;
    static String simulator;
    static final RecordingTelemetry TELEMETRY = new RecordingTelemetry();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        env.put("DEMO_PRISONERS", "false");
        // a failing update keeps retrying (each second) until the duplicate is repaired, as in production's ladder
        env.put("HMPPS_SQS_QUEUES_TONOMISACTIVITIES_DLQ_MAX_RECEIVE_COUNT", "1000");
        service = PrisonSyncService.start(ServiceConfig.from(env), TELEMETRY);
        activities = service.simulator().orElseThrow().domain(ActivitiesSimulation.class);
        queue = service.core().queues().byId(ActivitiesDomain.TO_NOMIS.id());
        base = "http://127.0.0.1:" + service.port();
        simulator = "http://127.0.0.1:" + service.simulator().orElseThrow().port();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static InMemoryActivitiesNomisApi nomis() {
        return activities.nomis();
    }

    private static long mappedSchedule(long id) {
        activities.dps().createSchedule(new ActivitySchedule(id, id * 10, "LEI", "Gym", "SAA_GYM", "F", false,
                "Gym AM", 31L, 8, DAY.minusDays(7), null, true,
                List.of(new ScheduleSlot(1, "AM", START, END, Set.of(DayOfWeek.MONDAY))),
                List.of(new ScheduledInstance(id * 100 + 1, id, DAY, START, END, false))),
                List.of(new ActivityPay("STD", 1, 110, null), new ActivityPay("STD", 2, 140, null)));
        ServiceFixture.await("schedule " + id + " mapped", Duration.ofSeconds(30), () ->
                service.core().mappings().findByDpsId("ACTIVITY_SCHEDULE", Long.toString(id * 100 + 1)).isPresent());
        return Long.parseLong(service.core().mappings().findByDpsId("ACTIVITY", Long.toString(id)).orElseThrow()
                .nomisId());
    }

    private static Allocation allocation(long scheduleId, int payBand) {
        return new Allocation(scheduleId * 10 + 1, PRISONER, BOOKING, scheduleId, "ACTIVE", payBand, DAY, null, null,
                null, List.of());
    }

    @Test
    void aDuplicateAllocationIsReportedOnceRemovedAfterADryRunAndTheFailingUpdateThenSucceeds() throws Exception {
        long courseActivity = mappedSchedule(861);
        activities.dps().allocate(allocation(861, 1));
        ServiceFixture.await("allocated in NOMIS", Duration.ofSeconds(30), () ->
                nomis().allocationsOf(courseActivity, BOOKING).size() == 1);
        long first = nomis().allocationsOf(courseActivity, BOOKING).get(0).id();
        long copy = plant("/simulator/nomis/activities/" + courseActivity + "/booking/" + BOOKING
                + "/allocation/duplicate").get("offenderProgramReferenceId").asLong();

        activities.dps().amendAllocation(allocation(861, 2));

        ServiceFixture.await("the duplicate reported and retried", Duration.ofSeconds(30), () ->
                TELEMETRY.count("activity-allocation-duplicate-awaiting-repair") >= 2);
        assertThat(TELEMETRY.named("activity-allocation-duplicate")).singleElement()
                .satisfies(e -> assertThat(e.properties())
                        .containsEntry("dpsAllocationId", "8611")
                        .containsEntry("nomisAllocationIds", first + "," + copy)
                        .containsEntry("duplicateNomisAllocationId", Long.toString(copy))
                        .containsEntry("existingNomisAllocationId", Long.toString(first)));
        String repair = "/activities/nomis-allocation-id/" + copy + "/duplicate?existingAllocationId=" + first;

        JsonNode planned = call("DELETE", repair + "&dryRun=true", 200);

        assertThat(planned.get("status").asText()).isEqualTo("PLANNED");
        assertThat(nomis().allocationsOf(courseActivity, BOOKING)).hasSize(2);
        assertThat(call("DELETE", "/activities/nomis-allocation-id/" + first + "/duplicate?existingAllocationId="
                + first + "&dryRun=false", 409).get("message").asText()).contains("are one");

        JsonNode done = call("DELETE", repair + "&dryRun=false", 200);

        assertThat(done.get("status").asText()).isEqualTo("DONE");
        ServiceFixture.await("the failing update written", Duration.ofSeconds(30), () ->
                "2".equals(nomis().allocationsOf(courseActivity, BOOKING).get(0).request().payBandCode()));
        assertThat(nomis().allocationsOf(courseActivity, BOOKING)).extracting(r -> r.id()).containsExactly(first);
        assertThat(TELEMETRY.named("activity-allocation-duplicate")).hasSize(1);
        assertThat(dlqReasons()).isEmpty();
        call("DELETE", repair + "&dryRun=true", 404);
    }

    @Test
    void aDuplicateAttendanceIsReportedOnceRemovedAfterADryRunAndTheFailingUpdateThenSucceeds() throws Exception {
        long courseActivity = mappedSchedule(862);
        activities.dps().allocate(allocation(862, 1));
        ServiceFixture.await("allocated in NOMIS", Duration.ofSeconds(30), () ->
                nomis().allocationsOf(courseActivity, BOOKING).size() == 1);
        long courseSchedule = Long.parseLong(service.core().mappings().findByDpsId("ACTIVITY_SCHEDULE", "86201")
                .orElseThrow().nomisId());
        activities.dps().recordAttendance(new AttendanceSync(8622, 86201, 862, DAY, START, END, PRISONER, BOOKING,
                null, null, "WAITING", null, null, null));
        ServiceFixture.await("attendance in NOMIS", Duration.ofSeconds(30), () ->
                nomis().attendancesOf(courseSchedule, BOOKING).size() == 1);
        long first = nomis().attendancesOf(courseSchedule, BOOKING).get(0).eventId();
        long copy = plant("/simulator/nomis/schedules/" + courseSchedule + "/booking/" + BOOKING
                + "/attendance/duplicate").get("eventId").asLong();
        String repair = "/activities/nomis-attendance-event-id/" + copy + "/duplicate?attendanceId=8622";

        activities.dps().amendAttendance(new AttendanceSync(8622, 86201, 862, DAY, START, END, PRISONER, BOOKING,
                "ATTENDED", null, "COMPLETED", 110, null, null));

        ServiceFixture.await("the duplicate reported and retried", Duration.ofSeconds(30), () ->
                TELEMETRY.count("activity-attendance-duplicate-awaiting-repair") >= 2);
        assertThat(TELEMETRY.named("activity-attendance-duplicate")).singleElement()
                .satisfies(e -> assertThat(e.properties())
                        .containsEntry("dpsAttendanceId", "8622")
                        .containsEntry("nomisCourseScheduleId", Long.toString(courseSchedule))
                        .containsEntry("bookingId", Long.toString(BOOKING)));

        assertThat(call("DELETE", repair + "&dryRun=true", 200).get("status").asText()).isEqualTo("PLANNED");
        assertThat(nomis().attendancesOf(courseSchedule, BOOKING)).hasSize(2);

        JsonNode done = call("DELETE", repair + "&dryRun=false", 200);

        assertThat(done.get("status").asText()).isEqualTo("DONE");
        ServiceFixture.await("the failing update written", Duration.ofSeconds(30), () ->
                "ATT".equals(nomis().attendancesOf(courseSchedule, BOOKING).get(0).request().eventOutcomeCode()));
        assertThat(nomis().attendancesOf(courseSchedule, BOOKING)).extracting(r -> r.eventId())
                .containsExactly(first);
        assertThat(dlqReasons()).isEmpty();
        // repaired: no key reported now, so no event id is deleted on an operator's word alone
        assertThat(call("DELETE", "/activities/nomis-attendance-event-id/" + first
                + "/duplicate?attendanceId=8622&dryRun=false", 409).get("message").asText())
                .contains("has not reported");
        assertThat(nomis().attendancesOf(courseSchedule, BOOKING)).hasSize(1);
    }

    @Test
    void theRepairsAndThePlantRoutesRefuseBadInputWithA400ThatNamesNoClass() throws Exception {
        for (String bad : List.of(
                "/activities/nomis-allocation-id/5/duplicate?existingAllocationId=6&dryRun=maybe",
                "/activities/nomis-allocation-id/5/duplicate?existingAllocationId=6&dryrun=true",
                "/activities/nomis-allocation-id/5/duplicate?dryRun=true",
                "/activities/nomis-allocation-id/0/duplicate?existingAllocationId=6&dryRun=true",
                "/activities/nomis-allocation-id/x5/duplicate?existingAllocationId=6&dryRun=true",
                "/activities/nomis-allocation-id/%D9%A5/duplicate?existingAllocationId=6&dryRun=true",
                "/activities/nomis-allocation-id/5/duplicate?existingAllocationId=99999999999999999999&dryRun=true",
                "/activities/nomis-attendance-event-id/5/duplicate?attendanceId=6&dryRun=1",
                "/activities/nomis-attendance-event-id/5/duplicate?attendanceId=-6&dryRun=true",
                "/activities/nomis-attendance-event-id/5/duplicate?dryRun=true",
                "/activities/nomis-attendance-event-id/5/duplicate?attendanceId=6&force=true")) {
            HttpResponse<String> response = send("DELETE", base + bad);
            assertThat(response.statusCode()).as(bad + ": " + response.body()).isEqualTo(400);
            assertThat(response.body()).as(bad).doesNotContain("org.prisonsync", "Exception", "java.");
        }
        assertThat(send("POST", simulator + "/simulator/nomis/activities/0/booking/1/allocation/duplicate")
                .statusCode()).isEqualTo(400);
        assertThat(send("POST", simulator + "/simulator/nomis/activities/987654/booking/1/allocation/duplicate")
                .statusCode()).isEqualTo(404);
        assertThat(send("POST", simulator + "/simulator/nomis/schedules/1/booking/x/attendance/duplicate")
                .statusCode()).isEqualTo(400);
    }

    private static JsonNode plant(String path) throws Exception {
        HttpResponse<String> response = send("POST", simulator + path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static JsonNode call(String method, String path, int expected) throws Exception {
        HttpResponse<String> response = send(method, base + path);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> dlqReasons() throws Exception {
        List<String> reasons = new ArrayList<>();
        JsonNode found = JSON.readTree(send("GET", base + "/queue-admin/get-dlq-messages/" + queue.dlqName())
                .body());
        found.get("messages").forEach(m -> reasons.add(m.get("failureReason").asText()));
        return reasons;
    }
}
