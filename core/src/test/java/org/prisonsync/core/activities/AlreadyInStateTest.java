package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.queue.Disposition;

/**
 * Issue 12: "an update that fails because the target is already in the requested state is a no-op success, not a DLQ
 * message". Each NOMIS answer that means so is acknowledged as ignored and named; the same answer to an update that is
 * not a no-op still fails.
 */
class AlreadyInStateTest {

    private static Allocation ended(Allocation allocation) {
        return new Allocation(allocation.id(), allocation.prisonerNumber(), allocation.bookingId(),
                allocation.scheduleId(), "ENDED", allocation.nomisPayBand(), allocation.startDate(),
                ActivitiesWorld.TODAY, "Released", null, List.of());
    }

    @Test
    void givenNomisEndedTheAllocationWhenThePrisonerMoved_thenDpssEndIsAcknowledgedAsIgnoredNamingTheReason() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.mappedSchedule(7);
        Allocation allocation = world.allocation(71, 7, "A1234BC", 4001, "ACTIVE");
        assertThat(world.handle(ActivitiesWorld.allocated(allocation))).isEqualTo(Disposition.ACK);
        world.nomis.prisonerMoved(4001);
        world.dps.putAllocation(ended(allocation));

        assertThat(world.handle(ActivitiesWorld.allocated(allocation))).isEqualTo(Disposition.ACK);

        assertThat(world.telemetry.named("activity-allocation-ignored")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("reason", "ALLOCATION_ALREADY_ENDED")
                        .containsEntry("dpsAllocationId", "71").containsEntry("bookingId", "4001")
                        .hasEntrySatisfying("nomisMessage", m -> assertThat(m).contains("Prisoner is at prison=")));
        assertThat(world.telemetry.count("activity-allocation-failed")).isZero();
    }

    @Test
    void givenTheSameNomisAnswerToAnAllocationDpsHoldsActive_thenItIsAFailureOnTheLadderNotIgnored() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.mappedSchedule(7);
        Allocation allocation = world.allocation(71, 7, "A1234BC", 4001, "ACTIVE");
        world.nomis.prisonerMoved(4001);

        assertThat(world.handle(ActivitiesWorld.allocated(allocation))).isInstanceOf(Disposition.Retry.class);

        assertThat(world.telemetry.count("activity-allocation-ignored")).isZero();
        assertThat(world.telemetry.count("activity-allocation-failed")).isEqualTo(1);
    }

    @Test
    void givenALaterScheduleAmendRemovedTheSession_thenTheSessionsAmendIsAcknowledgedAsIgnored() {
        ActivitiesWorld world = new ActivitiesWorld();
        ActivitySchedule schedule = world.mappedSchedule(7);
        ScheduledInstance tomorrow = schedule.instances().get(1);
        long courseScheduleId = world.courseScheduleId(tomorrow.id());
        world.nomis.deleteCourseSchedule(courseScheduleId);

        Disposition amended = world.handle(ActivitiesWorld.event(ActivitiesSync.INSTANCE_AMENDED,
                Map.of("activityScheduleId", 7L, "scheduledInstanceId", tomorrow.id())));

        assertThat(amended).isEqualTo(Disposition.ACK);
        assertThat(world.telemetry.named("activity-scheduled-instance-amend-ignored")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("reason", "COURSE_SCHEDULE_DELETED")
                        .containsEntry("nomisCourseScheduleId", Long.toString(courseScheduleId)));
        assertThat(world.nomis.courseSchedule(courseScheduleId)).isEmpty();
    }

    @Test
    void givenNomisNoLongerHasTheCourseActivityItself_thenTheSessionsAmendIsNotIgnored() {
        ActivitiesWorld world = new ActivitiesWorld();
        ActivitySchedule schedule = world.mappedSchedule(7);
        ScheduledInstance tomorrow = schedule.instances().get(1);
        world.nomis.deleteActivity(world.courseActivityId(7));

        Disposition amended = world.handle(ActivitiesWorld.event(ActivitiesSync.INSTANCE_AMENDED,
                Map.of("activityScheduleId", 7L, "scheduledInstanceId", tomorrow.id())));

        assertThat(amended).isInstanceOf(Disposition.Retry.class);
        assertThat(world.telemetry.count("activity-scheduled-instance-amend-ignored")).isZero();
    }
}
