package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prisonsync.core.queue.Disposition;

class ActivityEventValidationTest {

    @ParameterizedTest
    @CsvSource({
        "activities.activity-schedule.created, activityScheduleId",
        "activities.activity-schedule.amended, activityScheduleId",
        "activities.scheduled-instance.amended, scheduledInstanceId",
        "activities.prisoner.allocated, allocationId",
        "activities.prisoner.allocation-amended, allocationId",
        "activities.prisoner.attendance-created, attendanceId",
        "activities.prisoner.attendance-amended, attendanceId",
        "activities.prisoner.attendance-expired, attendanceId",
        "activities.prisoner.attendance-deleted, scheduledInstanceId",
    })
    void anEventWithoutItsIdOrWithAMalformedOneIsDeadLetteredAtOnceNamingTheField(String type, String field) {
        ActivitiesWorld world = new ActivitiesWorld();

        Disposition missing = world.handle(ActivitiesWorld.event(type, Map.of()));
        Disposition malformed = world.handle(ActivitiesWorld.event(type, Map.of(field, "12x", "bookingId", 5)));

        assertThat(missing).isInstanceOfSatisfying(Disposition.DeadLetter.class,
                d -> assertThat(d.reason()).contains("additionalInformation." + field));
        assertThat(malformed).isInstanceOfSatisfying(Disposition.DeadLetter.class,
                d -> assertThat(d.reason()).contains("additionalInformation." + field).contains("12x"));
        assertThat(world.nomis.creates()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"0", "-4", "1.5"})
    void aDeletedAttendanceWithoutAPositiveBookingIdIsDeadLettered(String booking) {
        ActivitiesWorld world = new ActivitiesWorld();

        Disposition disposition = world.handle(ActivitiesWorld.event(ActivitiesSync.ATTENDANCE_DELETED,
                Map.of("scheduledInstanceId", 702, "bookingId", booking)));

        assertThat(disposition).isInstanceOfSatisfying(Disposition.DeadLetter.class,
                d -> assertThat(d.reason()).contains("additionalInformation.bookingId"));
    }
}
