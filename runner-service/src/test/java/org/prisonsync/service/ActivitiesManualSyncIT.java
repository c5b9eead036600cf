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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.activities.ActivityPay;
import org.prisonsync.core.activities.ActivitySchedule;
import org.prisonsync.core.activities.Allocation;
import org.prisonsync.core.activities.AttendanceSync;
import org.prisonsync.core.activities.ScheduleSlot;
import org.prisonsync.core.activities.ScheduledInstance;
import org.prisonsync.core.activities.inmemory.InMemoryActivitiesNomisApi;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.simulator.activities.ActivitiesSimulation;

/**
 * Upstream's manual activities synchronisations at their paths ({@code POST}/{@code PUT /activities/{id}},
 * {@code PUT /allocations/{id}}, {@code PUT /attendances/{id}}) and ours of a scheduled instance, on the running
 * service against the simulator: records DPS holds but whose events were lost reach NOMIS after a dry run that
 * writes nothing, and bad input is a 400 naming no class.
 */
class ActivitiesManualSyncIT {
    private static final LocalDate DAY = LocalDate.now().plusDays(5);
    private static final LocalTime START = LocalTime.of(14, 0);
    private static final LocalTime END = LocalTime.of(16, 0);
    private static final long BOOKING = 5_678_901;

    @TempDir
    static Path data;
    static PrisonSyncService service;
    static ActivitiesSimulation activities;
    static String base;
    static final RecordingTelemetry TELEMETRY = new RecordingTelemetry();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        service = ServiceFixture.startEmbedded(data, TELEMETRY);
        activities = service.simulator().orElseThrow().domain(ActivitiesSimulation.class);
        base = "http://127.0.0.1:" + service.port();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static InMemoryActivitiesNomisApi nomis() {
        return activities.nomis();
    }

    private static ActivitySchedule schedule(long id, int capacity, boolean cancelled) {
        return new ActivitySchedule(id, id * 10, "LEI", "Art", "SAA_EDUCATION", "H", false, "Art PM", 31L,
                capacity, DAY.minusDays(7), null, true,
                List.of(new ScheduleSlot(1, "PM", START, END, Set.of(DayOfWeek.TUESDAY))),
                List.of(new ScheduledInstance(id * 100 + 1, id, DAY, START, END, cancelled)));
    }

    private static String nomisId(String type, long dpsId) {
        return service.core().mappings().findByDpsId(type, Long.toString(dpsId)).map(m -> m.nomisId())
                .orElse(null);
    }

    @Test
    void recordsWhoseEventsWereLostReachNomisThroughTheManualSyncsAfterDryRunsThatWriteNothing() throws Exception {
        // DPS holds a schedule, an allocation and an attendance; none of their events reached prison-sync
        activities.dps().putScheduleWithoutEvent(schedule(871, 8, false), List.of(new ActivityPay("STD", 1, 90,
                null)));
        activities.dps().putAllocationWithoutEvent(new Allocation(8711, "D4567EF", BOOKING, 871, "ACTIVE", 1, DAY,
                null, null, null, List.of()));
        activities.dps().putAttendanceWithoutEvent(new AttendanceSync(8712, 87101, 871, DAY, START, END, "D4567EF",
                BOOKING, "ATTENDED", null, "COMPLETED", 90, null, null));
        int before = nomis().creates();

        assertThat(call("PUT", "/activities/871?dryRun=true", 409).get("message").asText())
                .contains("POST /activities/871");
        assertThat(call("PUT", "/allocations/8711?dryRun=true", 409).get("message").asText())
                .contains("no NOMIS course activity mapped");
        JsonNode plan = call("POST", "/activities/871?dryRun=true", 200);
        assertThat(plan.get("status").asText()).isEqualTo("PLANNED");
        assertThat(nomis().creates()).isEqualTo(before);

        assertThat(call("POST", "/activities/871?dryRun=false", 200).get("status").asText()).isEqualTo("DONE");
        long courseActivity = Long.parseLong(nomisId("ACTIVITY", 871));
        long courseSchedule = Long.parseLong(nomisId("ACTIVITY_SCHEDULE", 87101));
        assertThat(call("POST", "/activities/871?dryRun=false", 200).get("status").asText())
                .isEqualTo("NOTHING_TO_DO");

        assertThat(call("PUT", "/allocations/8711?dryRun=true", 200).get("status").asText()).isEqualTo("PLANNED");
        assertThat(nomis().allocationsOf(courseActivity, BOOKING)).isEmpty();
        assertThat(call("PUT", "/allocations/8711?dryRun=false", 200).get("status").asText()).isEqualTo("DONE");
        assertThat(nomis().allocationsOf(courseActivity, BOOKING)).hasSize(1);

        assertThat(call("PUT", "/attendances/8712?dryRun=true", 200).get("status").asText()).isEqualTo("PLANNED");
        assertThat(nomis().attendancesOf(courseSchedule, BOOKING)).isEmpty();
        assertThat(call("PUT", "/attendances/8712?dryRun=false", 200).get("status").asText()).isEqualTo("DONE");
        assertThat(nomis().attendancesOf(courseSchedule, BOOKING)).singleElement()
                .satisfies(row -> assertThat(row.request().eventOutcomeCode()).isEqualTo("ATT"));

        // DPS changes the schedule and cancels its session, again without events
        activities.dps().putScheduleWithoutEvent(schedule(871, 15, true), List.of(new ActivityPay("STD", 1, 90,
                null)));
        assertThat(call("PUT", "/activities/scheduled-instances/87101?dryRun=true", 200).get("actions").get(0)
                .asText()).contains("course schedule " + courseSchedule, "cancelled");
        assertThat(nomis().courseSchedule(courseSchedule).orElseThrow().cancelled()).isFalse();
        assertThat(call("PUT", "/activities/scheduled-instances/87101?dryRun=false", 200).get("status").asText())
                .isEqualTo("DONE");
        assertThat(nomis().courseSchedule(courseSchedule).orElseThrow().cancelled()).isTrue();
        assertThat(call("PUT", "/activities/871?dryRun=true", 200).get("status").asText()).isEqualTo("PLANNED");
        assertThat(nomis().activityAsWritten(courseActivity).orElseThrow().capacity()).isEqualTo(8);
        assertThat(call("PUT", "/activities/871?dryRun=false", 200).get("status").asText()).isEqualTo("DONE");
        assertThat(nomis().activityAsWritten(courseActivity).orElseThrow().capacity()).isEqualTo(15);
        assertThat(nomis().creates()).isEqualTo(before + 1);
        assertThat(TELEMETRY.count("activity-allocation-success")).isGreaterThanOrEqualTo(1);

        call("PUT", "/allocations/987654?dryRun=true", 404);
        call("PUT", "/attendances/987654?dryRun=true", 404);
        call("PUT", "/activities/scheduled-instances/987654?dryRun=true", 404);
        call("POST", "/activities/987654?dryRun=true", 404);
    }

    @Test
    void theManualSyncsRefuseBadInputWithA400ThatNamesNoClass() throws Exception {
        for (String bad : List.of("PUT /activities/871?dryRun=maybe", "POST /activities/0?dryRun=true",
                "PUT /allocations/x1?dryRun=true", "PUT /allocations/%D9%A5?dryRun=true",
                "PUT /attendances/99999999999999999999?dryRun=true", "PUT /attendances/5?dryRun=true&force=true",
                "PUT /activities/scheduled-instances/-3?dryRun=true", "PUT /allocations/5?dryrun=true")) {
            String[] parts = bad.split(" ");
            HttpResponse<String> response = send(parts[0], base + parts[1]);
            assertThat(response.statusCode()).as(bad + ": " + response.body()).isEqualTo(400);
            assertThat(response.body()).as(bad).doesNotContain("org.prisonsync", "Exception", "java.");
        }
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
}
