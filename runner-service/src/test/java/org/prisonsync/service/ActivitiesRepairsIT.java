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
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.activities.ActivityPay;
import org.prisonsync.core.activities.ActivitySchedule;
import org.prisonsync.core.activities.ScheduleSlot;
import org.prisonsync.core.activities.ScheduledInstance;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.simulator.activities.ActivitiesSimulation;

/**
 * Activities' own repairs on the running service, over HTTP against the simulator, on the embedded database: the
 * preprod-refresh prune lists exactly the mappings above the highest ids on a dry run, deletes exactly those, and
 * refuses bad input with a 400.
 */
class ActivitiesRepairsIT {
    private static final LocalDate DAY = LocalDate.now().plusDays(3);
    private static final LocalTime START = LocalTime.of(9, 0);
    private static final LocalTime END = LocalTime.of(11, 0);

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

    private static MappingStore mappings() {
        return service.core().mappings();
    }

    /** A schedule created in simulated DPS and seen mapped with its sessions; its course activity id. */
    private static long mappedSchedule(long id) {
        activities.dps().createSchedule(new ActivitySchedule(id, id * 10, "LEI", "Gym", "SAA_GYM", "F", false,
                "Gym AM", 31L, 8, DAY.minusDays(7), null, true,
                List.of(new ScheduleSlot(1, "AM", START, END, Set.of(DayOfWeek.MONDAY))),
                List.of(new ScheduledInstance(id * 100 + 1, id, DAY, START, END, false))),
                List.of(new ActivityPay("STD", 1, 110, null)));
        ServiceFixture.await("schedule " + id + " mapped", Duration.ofSeconds(30), () ->
                mappings().findByDpsId("ACTIVITY_SCHEDULE", Long.toString(id * 100 + 1)).isPresent());
        return Long.parseLong(mappings().findByDpsId("ACTIVITY", Long.toString(id)).orElseThrow().nomisId());
    }

    private static void plant(String type, long nomisId, long dpsId) {
        mappings().save(Mapping.of(type, Long.toString(nomisId), Long.toString(dpsId), null, MappingTypes.MIGRATED));
    }

    private static List<String> activityPairs() {
        List<String> pairs = new ArrayList<>();
        for (String type : List.of("ACTIVITY", "ACTIVITY_SCHEDULE")) {
            mappings().findWithNomisIdAbove(type, 0).forEach(m -> pairs.add(type + " " + m.nomisId() + "⇄"
                    + m.dpsId()));
        }
        return pairs;
    }

    @Test
    void thePruneListsExactlyTheMappingsAboveTheHighestIdsThenDeletesExactlyThose() throws Exception {
        long courseActivity = mappedSchedule(990);
        long courseSchedule = Long.parseLong(mappings().findByDpsId("ACTIVITY_SCHEDULE", "99001").orElseThrow()
                .nomisId());
        long nomisHighestSchedule = activities.nomis().highestCourseScheduleId();
        // production's mappings a refresh copied: one above each bound, and two below every bound
        plant("ACTIVITY", courseActivity + 1000, 1);
        plant("ACTIVITY", 5, 95_000);
        plant("ACTIVITY_SCHEDULE", nomisHighestSchedule + 50, 123);
        plant("ACTIVITY_SCHEDULE", 7, 9_999_999);
        plant("ACTIVITY", 6, 10);
        plant("ACTIVITY_SCHEDULE", 8, 11);
        List<String> before = activityPairs();
        String bounds = "highestCourseActivityId=" + courseActivity + "&highestActivityScheduleId=990"
                + "&highestScheduledInstanceId=99001";

        JsonNode planned = call("POST", "/activities/mappings/prune?" + bounds + "&dryRun=true", 200);

        assertThat(planned.get("status").asText()).isEqualTo("PLANNED");
        List<String> actions = new ArrayList<>();
        planned.get("actions").forEach(a -> actions.add(a.asText()));
        assertThat(actions).containsExactly(
                "delete the mapping of NOMIS course activity " + (courseActivity + 1000)
                        + " to DPS activity schedule 1: its NOMIS course activity id is above NOMIS's highest, "
                        + courseActivity,
                "delete the mapping of NOMIS course activity 5 to DPS activity schedule 95000: its DPS activity "
                        + "schedule id is above DPS's highest, 990",
                "delete the mapping of NOMIS course schedule " + (nomisHighestSchedule + 50) + " to DPS scheduled "
                        + "instance 123: its NOMIS course schedule id is above NOMIS's highest, "
                        + nomisHighestSchedule + " (read from NOMIS)",
                "delete the mapping of NOMIS course schedule 7 to DPS scheduled instance 9999999: its DPS scheduled "
                        + "instance id is above DPS's highest, 99001");
        assertThat(activityPairs()).isEqualTo(before);

        JsonNode done = call("POST", "/activities/mappings/prune?" + bounds + "&dryRun=false", 200);

        assertThat(done.get("status").asText()).isEqualTo("DONE");
        List<String> kept = new ArrayList<>(before);
        kept.removeAll(List.of("ACTIVITY " + (courseActivity + 1000) + "⇄1", "ACTIVITY 5⇄95000",
                "ACTIVITY_SCHEDULE " + (nomisHighestSchedule + 50) + "⇄123", "ACTIVITY_SCHEDULE 7⇄9999999"));
        assertThat(kept).hasSize(before.size() - 4).contains("ACTIVITY " + courseActivity + "⇄990",
                "ACTIVITY 6⇄10", "ACTIVITY_SCHEDULE " + courseSchedule + "⇄99001", "ACTIVITY_SCHEDULE 8⇄11");
        assertThat(activityPairs()).isEqualTo(kept);
        assertThat(TELEMETRY.count("activity-mapping-prune-success")).isEqualTo(1);
        assertThat(call("POST", "/activities/mappings/prune?" + bounds + "&dryRun=false", 200).get("status")
                .asText()).isEqualTo("NOTHING_TO_DO");
    }

    @Test
    void thePruneRefusesBadInputWithA400AndChangesNothing() throws Exception {
        String ok = "highestCourseActivityId=1&highestActivityScheduleId=1&highestScheduledInstanceId=1";
        List<String> before = activityPairs();

        call("POST", "/activities/mappings/prune?" + ok + "&dryRun=maybe", 400);
        call("POST", "/activities/mappings/prune?" + ok + "&dryrun=true", 400);
        call("POST", "/activities/mappings/prune?" + ok + "&highestCourseScheduleId=-1&dryRun=true", 400);
        call("POST", "/activities/mappings/prune?" + ok.replace("=1&highestActivity", "=1x&highestActivity")
                + "&dryRun=true", 400);
        call("POST", "/activities/mappings/prune?highestCourseActivityId=1&highestActivityScheduleId=1&dryRun=true",
                400);
        call("POST", "/activities/mappings/prune?" + ok + "&highestCourseScheduleId=%D9%A5&dryRun=true", 400);

        assertThat(activityPairs()).isEqualTo(before);
    }

    @Test
    void aDuplicateCourseActivityIsDeletedFromNomisAfterADryRunAndTheMappedOneIsRefused() throws Exception {
        long mapped = mappedSchedule(902);
        long copy = activities.nomis().createActivity(activities.nomis().activityAsWritten(mapped).orElseThrow())
                .courseActivityId();
        String path = "/activities/nomis-course-activity-id/";

        assertThat(call("DELETE", path + mapped + "/duplicate?existingCourseActivityId=" + copy + "&dryRun=false",
                409).get("message").asText()).contains("is mapped to DPS activity schedule 902");
        JsonNode planned = call("DELETE", path + copy + "/duplicate?existingCourseActivityId=" + mapped
                + "&dryRun=true", 200);
        assertThat(planned.get("status").asText()).isEqualTo("PLANNED");
        assertThat(activities.nomis().courseActivityIds()).contains(mapped, copy);

        JsonNode done = call("DELETE", path + copy + "/duplicate?existingCourseActivityId=" + mapped
                + "&dryRun=false", 200);

        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(activities.nomis().courseActivityIds()).contains(mapped).doesNotContain(copy);
        assertThat(mappings().findByDpsId("ACTIVITY", "902").orElseThrow().nomisId())
                .isEqualTo(Long.toString(mapped));
        call("DELETE", path + copy + "/duplicate?existingCourseActivityId=" + mapped + "&dryRun=true", 404);
        call("DELETE", path + copy + "/duplicate?dryRun=true", 400);
        call("DELETE", path + "0/duplicate?existingCourseActivityId=" + mapped + "&dryRun=true", 400);
        call("DELETE", path + "x1/duplicate?existingCourseActivityId=" + mapped + "&dryRun=true", 400);
        call("DELETE", path + copy + "/duplicate?existingCourseActivityId=" + mapped + "&dryRun=1", 400);
        call("DELETE", path + copy + "/duplicate?existingCourseActivityId=" + mapped + "&force=true", 400);
    }

    private static JsonNode call(String method, String path, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
