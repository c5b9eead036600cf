package org.prisonsync.http.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.activities.ActivitiesDpsApi;
import org.prisonsync.core.activities.ActivitiesNomisApi;
import org.prisonsync.core.activities.ActivitySchedule;
import org.prisonsync.core.activities.AllocationExclusion;
import org.prisonsync.core.activities.AllocationRequest;
import org.prisonsync.core.activities.AttendanceRequest;
import org.prisonsync.core.activities.AttendanceUpsert;
import org.prisonsync.core.activities.CourseActivityRequest;
import org.prisonsync.core.activities.CourseSchedule;
import org.prisonsync.core.activities.PayRate;
import org.prisonsync.core.activities.ScheduleRule;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;

/** The activities adapters against a scripted server: upstream's paths, field names and answers. */
class OkHttpActivitiesApisTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private HttpSettings settings() {
        return HttpSettings.defaults(server.url("/").toString());
    }

    private ActivitiesDpsApi dps() {
        return ActivitiesHttp.activitiesDpsApi(HttpAdapters.client(settings()), settings());
    }

    private ActivitiesNomisApi nomis() {
        return ActivitiesHttp.activitiesNomisApi(HttpAdapters.client(settings()), settings());
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    private RecordedRequest taken() throws InterruptedException {
        return server.takeRequest(1, TimeUnit.SECONDS);
    }

    @Test
    void aScheduleIsReadFromItsSessionDateWithItsActivitySlotsAndInstances() throws Exception {
        server.enqueue(json(200, """
                {"id": 7, "description": "Woodwork AM", "capacity": 12, "startDate": "2026-03-01",
                 "runsOnBankHoliday": false, "internalLocation": {"id": 27, "code": "WW", "description": "Workshop"},
                 "activity": {"id": 70, "prisonCode": "MDI", "summary": "Woodwork", "payPerSession": "H",
                              "outsideWork": false, "category": {"id": 1, "code": "SAA_INDUSTRIES", "name": "Ind"}},
                 "slots": [{"id": 1, "weekNumber": 1, "timeSlot": "AM", "startTime": "09:00", "endTime": "11:30",
                            "mondayFlag": true, "tuesdayFlag": false, "wednesdayFlag": true, "thursdayFlag": false,
                            "fridayFlag": false, "saturdayFlag": false, "sundayFlag": false}],
                 "instances": [{"id": 702, "date": "2026-03-10", "startTime": "09:00", "endTime": "11:30",
                                "cancelled": true, "timeSlot": "AM", "attendances": []}],
                 "allocations": [], "suspensions": [], "scheduleWeeks": 1, "usePrisonRegimeTime": true}"""));
        server.enqueue(json(404, "{\"status\": 404}"));

        ActivitySchedule schedule = dps().findSchedule(7, DAY).orElseThrow();

        assertThat(taken().getTarget()).isEqualTo("/schedules/7?earliestSessionDate=2026-03-10");
        assertThat(schedule.activityId()).isEqualTo(70);
        assertThat(schedule.categoryCode()).isEqualTo("SAA_INDUSTRIES");
        assertThat(schedule.internalLocationId()).isEqualTo(27L);
        assertThat(schedule.slots().get(0).days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        assertThat(schedule.instances()).singleElement().satisfies(i -> {
            assertThat(i.cancelled()).isTrue();
            assertThat(i.activityScheduleId()).isEqualTo(7);
        });
        assertThat(dps().findSchedule(8, DAY)).isEmpty();
    }

    @Test
    void payAllocationAndAttendanceAreReadAtUpstreamsPaths() throws Exception {
        server.enqueue(json(200, """
                {"id": 70, "pay": [{"id": 1, "incentiveNomisCode": "STD", "incentiveLevel": "Standard",
                 "prisonPayBand": {"id": 5, "nomisPayBand": 2}, "rate": 125}]}"""));
        server.enqueue(json(200, """
                {"id": 40, "prisonerNumber": "A1234BC", "bookingId": 1234567, "scheduleId": 7, "activityId": 70,
                 "status": "ENDED", "startDate": "2026-03-01", "endDate": "2026-03-09",
                 "deallocatedReason": {"code": "RELEASED", "description": "Released from prison"},
                 "prisonPayBand": {"nomisPayBand": 1},
                 "exclusions": [{"weekNumber": 1, "timeSlot": "PM", "monday": false, "tuesday": true,
                   "wednesday": false, "thursday": false, "friday": false, "saturday": false, "sunday": false}]}"""));
        server.enqueue(json(200, """
                {"attendanceId": 90, "scheduledInstanceId": 702, "activityScheduleId": 7,
                 "sessionDate": "2026-03-10", "sessionStartTime": "09:00", "sessionEndTime": "11:30",
                 "prisonerNumber": "A1234BC", "bookingId": 1234567, "attendanceReasonCode": "ATTENDED",
                 "status": "COMPLETED", "payAmount": 125}"""));

        assertThat(dps().findActivityPay(70).orElseThrow()).singleElement()
                .satisfies(p -> assertThat(p.nomisPayBand()).isEqualTo(2));
        assertThat(taken().getTarget()).isEqualTo("/activities/70/filtered?includeScheduledInstances=false");
        assertThat(dps().findAllocation(40).orElseThrow().deallocatedReason()).isEqualTo("Released from prison");
        assertThat(taken().getTarget()).isEqualTo("/allocations/id/40");
        assertThat(dps().findAttendance(90).orElseThrow().payAmount()).isEqualTo(125);
        assertThat(taken().getTarget()).isEqualTo("/synchronisation/attendance/90");
    }

    @Test
    void aCourseActivityIsCreatedWithUpstreamsFieldsAndItsSessionsAreRead() throws Exception {
        server.enqueue(json(201, """
                {"courseActivityId": 10001, "courseSchedules": [{"courseScheduleId": 500001,
                 "date": "2026-03-10", "startTime": "09:00", "endTime": "11:30"}]}"""));

        var written = nomis().createActivity(new CourseActivityRequest("70-7", "MDI", DAY, null, 27L, 12,
                List.of(new PayRate("STD", "1", new BigDecimal("1.25"), null)), "Woodwork", "SAA_INDUSTRIES", "H",
                List.of(new CourseSchedule(null, DAY, LocalTime.of(9, 0), LocalTime.of(11, 30), false)),
                List.of(new ScheduleRule(LocalTime.of(9, 0), LocalTime.of(11, 30), Set.of(DayOfWeek.MONDAY))),
                true, false));

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/activities");
        assertThat(request.getBody().utf8()).contains("\"code\":\"70-7\"", "\"prisonId\":\"MDI\"",
                "\"rate\":1.25", "\"payBand\":\"1\"", "\"monday\":true", "\"tuesday\":false",
                "\"startTime\":\"09:00:00\"", "\"excludeBankHolidays\":true");
        assertThat(written.courseActivityId()).isEqualTo(10001);
        assertThat(written.courseSchedules()).singleElement()
                .satisfies(s -> assertThat(s.courseScheduleId()).isEqualTo(500001));
    }

    @Test
    void anAllocationIsPutWithItsExclusionsByDayCode() throws Exception {
        server.enqueue(json(200, "{\"offenderProgramReferenceId\": 70001, \"created\": true, \"prisonId\": \"MDI\"}"));

        var upserted = nomis().upsertAllocation(10001, new AllocationRequest(1234567, "1", DAY, null, null, null,
                false, null, "ALLOC", List.of(new AllocationExclusion(DayOfWeek.TUESDAY, null))));

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/activities/10001/allocation");
        assertThat(request.getBody().utf8()).contains("\"exclusions\":[{\"day\":\"TUE\"}]",
                "\"programStatusCode\":\"ALLOC\"");
        assertThat(upserted.created()).isTrue();
    }

    @Test
    void nomissPaidAndMovedAnswersAreValuesAndAnyOther400IsARefusal() throws Exception {
        AttendanceRequest attendance = new AttendanceRequest(DAY, LocalTime.of(9, 0), LocalTime.of(11, 30), "SCH",
                null, null, null, null, false, null);
        server.enqueue(json(400, "{\"status\": 400, \"errorCode\": 1001, \"userMessage\": \"already paid\"}"));
        server.enqueue(json(400, "{\"status\": 400, \"errorCode\": 1002, \"userMessage\": \"moved\"}"));
        server.enqueue(json(400, "{\"status\": 400, \"userMessage\": \"no allocation\"}"));
        server.enqueue(json(200, "{\"eventId\": 9001, \"courseScheduleId\": 500001, \"created\": false,"
                + " \"prisonId\": \"MDI\"}"));

        assertThat(nomis().upsertAttendance(500001, 1234567, attendance))
                .isEqualTo(new AttendanceUpsert.Refused(AttendanceUpsert.Reason.ATTENDANCE_PAID, "already paid"));
        assertThat(taken().getTarget()).isEqualTo("/schedules/500001/booking/1234567/attendance");
        assertThat(nomis().upsertAttendance(500001, 1234567, attendance)).isInstanceOfSatisfying(
                AttendanceUpsert.Refused.class, r -> assertThat(r.reason())
                        .isEqualTo(AttendanceUpsert.Reason.PRISONER_MOVED_ALLOCATION_ENDED));
        assertThatThrownBy(() -> nomis().upsertAttendance(500001, 1234567, attendance))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat(nomis().upsertAttendance(500001, 1234567, attendance))
                .isEqualTo(new AttendanceUpsert.Upserted(9001, 500001, false, "MDI"));
    }

    @Test
    void anAttendanceIsDeletedAndOneNomisDoesNotHoldIsFalse() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());
        server.enqueue(json(404, "{\"status\": 404}"));

        assertThat(nomis().deleteAttendance(500001, 1234567)).isTrue();
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getTarget()).isEqualTo("/schedules/500001/booking/1234567/attendance");
        assertThat(nomis().deleteAttendance(500001, 1234567)).isFalse();
    }

    @Test
    void aCourseActivityIsDeletedAndTheHighestCourseScheduleIdIsReadAtUpstreamsPaths() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());
        server.enqueue(json(200, "500123"));
        server.enqueue(json(403, "{\"status\": 403}"));

        nomis().deleteActivity(10001);
        RecordedRequest deleted = taken();
        assertThat(deleted.getMethod()).isEqualTo("DELETE");
        assertThat(deleted.getTarget()).isEqualTo("/activities/10001");
        assertThat(nomis().highestCourseScheduleId()).isEqualTo(500123);
        RecordedRequest read = taken();
        assertThat(read.getMethod()).isEqualTo("GET");
        assertThat(read.getTarget()).isEqualTo("/schedules/max-id");
        assertThatThrownBy(() -> nomis().deleteActivity(10002)).isInstanceOf(UpstreamRejected.class);
    }

    @Test
    void theReconciliationReadsSpeakUpstreamsPathsAndFieldNamesOnBothSides() throws Exception {
        server.enqueue(json(200, "[{\"agencyId\": \"MDI\", \"name\": \"Moorland\"}]"));
        server.enqueue(json(200, "{\"prisonId\": \"MDI\", \"bookings\": [{\"bookingId\": 11, \"count\": 2}]}"));
        server.enqueue(json(200, "{\"prisonId\": \"MDI\", \"date\": \"2026-03-10\", \"bookings\": []}"));
        server.enqueue(json(200, """
                [{"offenderNo": "A1234BC", "offenderId": 9, "rootOffenderId": 9, "bookingId": 11,
                  "location": "OUT", "active": false}]"""));

        assertThat(nomis().activityPrisons()).containsExactly("MDI");
        assertThat(taken().getTarget()).isEqualTo("/agency-switches/ACTIVITY");
        assertThat(nomis().allocationCounts("MDI", true)).containsExactly(
                new org.prisonsync.core.activities.BookingCount(11, 2));
        assertThat(taken().getTarget()).isEqualTo("/allocations/reconciliation/MDI?suspended=true");
        assertThat(nomis().attendanceCounts("MDI", DAY)).isEmpty();
        assertThat(taken().getTarget()).isEqualTo("/attendances/reconciliation/MDI?date=2026-03-10");
        assertThat(nomis().prisonerDetails(java.util.List.of(11L))).containsExactly(
                new org.prisonsync.core.activities.PrisonerDetails("A1234BC", 11, "OUT", false));
        RecordedRequest details = taken();
        assertThat(details.getMethod() + " " + details.getTarget()).isEqualTo("POST /prisoners/bookings");
        assertThat(details.getBody().utf8()).isEqualTo("[11]");

        server.enqueue(json(200, "{\"prisonCode\": \"MDI\", \"bookings\": [{\"bookingId\": 11, \"count\": 1}]}"));
        server.enqueue(json(200, "{\"prisonCode\": \"MDI\", \"bookings\": []}"));
        server.enqueue(json(200, "{\"prisonCode\": \"MDI\", \"date\": \"2026-03-10\", \"bookings\": []}"));
        server.enqueue(json(200, """
                [{"prisonerNumber": "A1234BC", "allocations": [{"id": 40, "prisonerNumber": "A1234BC",
                  "bookingId": 11, "scheduleId": 7, "activityId": 70, "status": "ACTIVE", "startDate": "2026-03-01",
                  "exclusions": []}]}]"""));
        server.enqueue(json(200, """
                [{"attendanceId": 5, "prisonCode": "MDI", "sessionDate": "2026-03-10", "timeSlot": "AM",
                  "startTime": "09:00", "endTime": "11:30", "status": "COMPLETED", "prisonerNumber": "A1234BC",
                  "scheduledInstanceId": 702, "activityId": 70, "activitySummary": "Woodwork", "categoryName": "I",
                  "attendanceRequired": true, "outsideWork": false, "paid": true}]"""));

        assertThat(dps().allocationCounts("MDI")).hasSize(1);
        assertThat(taken().getTarget()).isEqualTo("/synchronisation/reconciliation/allocations/MDI");
        assertThat(dps().suspendedAllocationCounts("MDI")).isEmpty();
        assertThat(taken().getTarget()).isEqualTo("/synchronisation/reconciliation/suspended-allocations/MDI");
        assertThat(dps().attendanceCounts("MDI", DAY)).isEmpty();
        assertThat(taken().getTarget()).isEqualTo("/synchronisation/reconciliation/attendances/MDI?date=2026-03-10");
        assertThat(dps().prisonerAllocations("MDI", "A1234BC")).singleElement()
                .satisfies(a -> assertThat(a.bookingId()).isEqualTo(11));
        RecordedRequest allocations = taken();
        assertThat(allocations.getMethod() + " " + allocations.getTarget())
                .isEqualTo("POST /prisons/MDI/prisoner-allocations?activeOnly=false");
        assertThat(allocations.getBody().utf8()).isEqualTo("[\"A1234BC\"]");
        assertThat(dps().attendances("MDI", DAY)).containsExactly(
                new org.prisonsync.core.activities.DailyAttendance(5, "A1234BC", 702));
        assertThat(taken().getTarget()).isEqualTo("/attendances/MDI/2026-03-10");
    }
}
