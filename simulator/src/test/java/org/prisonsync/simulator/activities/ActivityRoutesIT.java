package org.prisonsync.simulator.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.activities.ActivityPay;
import org.prisonsync.core.activities.ActivitySchedule;
import org.prisonsync.core.activities.AttendanceSync;
import org.prisonsync.core.activities.ScheduleSlot;
import org.prisonsync.core.activities.ScheduledInstance;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.RunningSimulator;

/** The activities API's reads and events, and NOMIS's activity routes, at their real paths. */
class ActivityRoutesIT {
    private static final String ACTIVITIES = "to-nomis-activities";
    private static final LocalDate DAY = LocalDate.now().plusDays(3);

    private final RunningSimulator sim = new RunningSimulator(
            RunningSimulator.settings(RunningSimulator.TO_NOMIS, RunningSimulator.FROM_NOMIS)
                    .withQueue(ActivitiesSimulation.TO_NOMIS_QUEUE, ACTIVITIES),
            new InMemoryQueues(List.of(
                    QueueDefinition.withDefaults("tonomis", RunningSimulator.TO_NOMIS, "d1"),
                    QueueDefinition.withDefaults("fromnomis", RunningSimulator.FROM_NOMIS, "d2"),
                    QueueDefinition.withDefaults("tonomisactivities", ACTIVITIES, "d3"))));

    @AfterEach
    void stop() {
        sim.close();
    }

    private DpsActivities dps() {
        return sim.simulator.domain(ActivitiesSimulation.class).dps();
    }

    private ActivitySchedule schedule() {
        return new ActivitySchedule(7, 70, "MDI", "Woodwork", "SAA_INDUSTRIES", "H", false, "Woodwork AM", 27L, 12,
                DAY.minusDays(10), null, false,
                List.of(new ScheduleSlot(1, "AM", LocalTime.of(9, 0), LocalTime.of(11, 30),
                        Set.of(DayOfWeek.MONDAY))),
                List.of(new ScheduledInstance(701, 7, DAY.minusDays(7), LocalTime.of(9, 0), LocalTime.of(11, 30),
                        false), new ScheduledInstance(702, 7, DAY, LocalTime.of(9, 0), LocalTime.of(11, 30), false)));
    }

    @Test
    void aCreatedScheduleIsPublishedAndReadFromItsEarliestSessionDate() {
        dps().createSchedule(schedule(), List.of(new ActivityPay("STD", 1, 125, null)));

        List<Notification> events = sim.notifications(ACTIVITIES);
        assertThat(events).extracting(Notification::eventType).containsExactly("activities.activity-schedule.created");
        assertThat(events.get(0).message().get("additionalInformation")).isEqualTo(Map.of("activityScheduleId", 7L));
        RunningSimulator.Answer read = sim.get("/schedules/7?earliestSessionDate=" + DAY);
        assertThat(read.code()).isEqualTo(200);
        assertThat((List<?>) read.json().get("instances")).hasSize(1);
        assertThat(read.body()).contains("\"mondayFlag\":true", "\"code\":\"SAA_INDUSTRIES\"");
        assertThat(sim.get("/activities/70/filtered").body()).contains("\"nomisPayBand\":1", "\"rate\":125");
        assertThat(sim.get("/scheduled-instances/702").json().get("activitySchedule")).isNotNull();
        assertThat(sim.get("/schedules/8").code()).isEqualTo(404);
        assertThat(sim.get("/schedules/7?earliestSessionDate=soon").code()).isEqualTo(400);
    }

    @Test
    void aDeletedAttendanceIsPublishedWithItsSessionAndBookingAndIsNoLongerRead() {
        AttendanceSync attendance = dps().recordAttendance(new AttendanceSync(90, 702, 7, DAY, LocalTime.of(9, 0),
                LocalTime.of(11, 30), "A1234BC", 1234567, null, null, "WAITING", null, null, null));
        assertThat(sim.get("/synchronisation/attendance/90").code()).isEqualTo(200);

        dps().deleteAttendance(attendance);

        assertThat(sim.notifications(ACTIVITIES).get(1).message().get("additionalInformation"))
                .isEqualTo(Map.of("scheduledInstanceId", 702L, "bookingId", 1234567L));
        assertThat(sim.get("/synchronisation/attendance/90").code()).isEqualTo(404);
    }

    @Test
    void nomisCreatesACourseActivityUpsertsAnAllocationAndRefusesAPaidAttendanceWithItsErrorCode() {
        RunningSimulator.Answer created = sim.post("/activities", """
                {"code": "70-7", "startDate": "%s", "prisonId": "MDI", "internalLocationId": 27, "capacity": 12,
                 "payRates": [{"incentiveLevel": "STD", "payBand": "1", "rate": 1.25}], "description": "Woodwork",
                 "programCode": "SAA_INDUSTRIES", "payPerSession": "H",
                 "schedules": [{"date": "%s", "startTime": "09:00", "endTime": "11:30", "cancelled": false}],
                 "scheduleRules": [{"startTime": "09:00", "endTime": "11:30", "monday": true, "tuesday": false,
                   "wednesday": false, "thursday": false, "friday": false, "saturday": false, "sunday": false}],
                 "excludeBankHolidays": true, "outsideWork": false}""".formatted(DAY, DAY));
        assertThat(created.code()).isEqualTo(201);
        long courseActivityId = ((Number) created.json().get("courseActivityId")).longValue();
        long courseScheduleId = ((Number) ((Map<?, ?>) ((List<?>) created.json().get("courseSchedules")).get(0))
                .get("courseScheduleId")).longValue();

        String allocation = "{\"bookingId\": 1234567, \"startDate\": \"" + DAY
                + "\", \"programStatusCode\": \"ALLOC\", \"exclusions\": [{\"day\": \"MON\", \"slot\": \"AM\"}]}";
        assertThat(sim.put("/activities/" + courseActivityId + "/allocation", allocation).json())
                .containsEntry("created", true);
        assertThat(sim.put("/activities/" + courseActivityId + "/allocation", allocation).json())
                .containsEntry("created", false);
        assertThat(sim.put("/activities/" + courseActivityId + "/allocation", "{\"bookingId\": 1, \"extra\": 2}")
                .code()).isEqualTo(400);

        sim.simulator.domain(ActivitiesSimulation.class).nomis().markPaid(courseScheduleId, 1234567);
        RunningSimulator.Answer paid = sim.put("/schedules/" + courseScheduleId + "/booking/1234567/attendance",
                "{\"scheduleDate\": \"" + DAY + "\", \"startTime\": \"09:00\", \"endTime\": \"11:30\","
                        + " \"eventStatusCode\": \"COMP\"}");
        assertThat(paid.code()).isEqualTo(400);
        assertThat(paid.json()).containsEntry("errorCode", 1001);
        assertThat(sim.delete("/schedules/" + courseScheduleId + "/booking/1234567/attendance").code())
                .isEqualTo(404);
    }

    @Test
    void reconciliationDifferencesAreSetUpWithEventsAndPlantedOnlyOnceTheSyncHasMappedThem() {
        String body = "{\"prisons\":[\"MDI\",\"LEI\"],\"day\":\"" + DAY + "\"}";
        assertThat(sim.post("/simulator/activities/reconciliation-differences/diverge", "").code())
                .as("nothing set up yet").isEqualTo(409);
        assertThat(sim.post("/simulator/activities/reconciliation-differences", body).code()).isEqualTo(204);
        assertThat(sim.notifications(ACTIVITIES)).extracting(Notification::eventType)
                .contains("activities.activity-schedule.created", "activities.prisoner.allocated");
        assertThat(sim.post("/simulator/activities/reconciliation-differences", body).code())
                .as("one plan per run").isEqualTo(409);
        // no prison-sync here: NOMIS holds none of the schedules, so nothing is planted (the service IT plants)
        RunningSimulator.Answer early = sim.post("/simulator/activities/reconciliation-differences/diverge", "");
        assertThat(early.code()).isEqualTo(409);
        assertThat(early.body()).contains("not all reached NOMIS");
    }

    @Test
    void badReconciliationDifferenceRequestsAreRefusedWithA400() {
        String today = LocalDate.now().toString();
        for (String bad : List.of("", "{}", "{\"prisons\":[],\"day\":\"" + today + "\"}",
                "{\"prisons\":[\"mdi\"],\"day\":\"" + today + "\"}",
                "{\"prisons\":[\"MDI\",\"MDI\"],\"day\":\"" + today + "\"}",
                "{\"prisons\":[\"MDI\"],\"day\":\"2020-01-01\"}",
                "{\"prisons\":[\"MDI\"],\"day\":\"tomorrow\"}",
                "{\"prisons\":[\"MDI\"],\"day\":\"" + today + "\",\"extra\":1}")) {
            assertThat(sim.post("/simulator/activities/reconciliation-differences", bad).code()).as(bad)
                    .isEqualTo(400);
        }
        assertThat(sim.post("/simulator/activities/reconciliation-differences/diverge", "{}").code())
                .isEqualTo(400);
    }
}
