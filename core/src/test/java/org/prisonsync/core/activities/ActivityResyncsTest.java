package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.repair.RepairReport;

/**
 * Upstream's manual synchronisations (and ours of a scheduled instance) run the sync's own handlers: a dry run
 * changes nothing and says what would be written, a real run writes as the event would, and what cannot be written
 * is refused with its reason.
 */
class ActivityResyncsTest {
    private static final long BOOKING = 4_567_890;

    private static ActivityResyncs resyncs(ActivitiesWorld world) {
        return world.core.domain(ActivitiesDomain.class).resyncs();
    }

    @Test
    void aScheduleNotMappedIsCreatedAfterADryRunThenIsNothingToDoAndAnUnknownOneIsNotFound() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.schedule(7);

        RepairReport planned = resyncs(world).createSchedule(7, true);

        assertThat(planned.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(planned.actions()).singleElement().asString()
                .contains("create a NOMIS course activity for DPS activity schedule 7");
        assertThat(world.nomis.creates()).isZero();
        assertThat(world.activityMapping(7)).isEmpty();
        assertThat(resyncs(world).updateSchedule(7, true).status()).isEqualTo(RepairReport.Status.REFUSED);

        RepairReport done = resyncs(world).createSchedule(7, false);

        assertThat(done.status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(done.message()).contains("activity-create-success");
        assertThat(world.nomis.creates()).isEqualTo(1);
        assertThat(world.instanceMapping(702)).isPresent();
        assertThat(world.telemetry.count("activity-create-success")).isEqualTo(1);
        assertThat(resyncs(world).createSchedule(7, false).status()).isEqualTo(RepairReport.Status.NOTHING_TO_DO);
        assertThat(world.nomis.creates()).isEqualTo(1);
        assertThat(resyncs(world).createSchedule(99, true).status()).isEqualTo(RepairReport.Status.NOT_FOUND);
    }

    @Test
    void aMappedScheduleIsWrittenOverItsCourseActivityOnlyWhenNotADryRun() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.mappedSchedule(7);
        long courseActivity = world.courseActivityId(7);
        world.dps.changeSchedule(7, s -> new ActivitySchedule(s.id(), s.activityId(), s.prisonCode(), s.summary(),
                s.categoryCode(), s.payPerSession(), s.outsideWork(), s.description(), s.internalLocationId(), 30,
                s.startDate(), s.endDate(), s.runsOnBankHoliday(), s.slots(), s.instances()));

        assertThat(resyncs(world).updateSchedule(7, true).status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(world.nomis.activityAsWritten(courseActivity).orElseThrow().capacity()).isEqualTo(12);

        assertThat(resyncs(world).updateSchedule(7, false).status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomis.activityAsWritten(courseActivity).orElseThrow().capacity()).isEqualTo(30);
        assertThat(world.nomis.creates()).isEqualTo(1);
    }

    @Test
    void anInstanceIsWrittenToItsMappedCourseScheduleAsItsAmendEventWould() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.mappedSchedule(7);
        long courseSchedule = world.courseScheduleId(702);
        world.dps.changeSchedule(7, s -> new ActivitySchedule(s.id(), s.activityId(), s.prisonCode(), s.summary(),
                s.categoryCode(), s.payPerSession(), s.outsideWork(), s.description(), s.internalLocationId(),
                s.capacity(), s.startDate(), s.endDate(), s.runsOnBankHoliday(), s.slots(), List.of(
                        s.instances().get(0), new ScheduledInstance(702, 7, s.instances().get(1).date(),
                                ActivitiesWorld.AM_START, ActivitiesWorld.AM_END, true))));

        RepairReport planned = resyncs(world).instance(702, true);
        assertThat(planned.actions()).singleElement().asString().contains("to its NOMIS course schedule "
                + courseSchedule).contains("cancelled");
        assertThat(world.nomis.courseSchedule(courseSchedule).orElseThrow().cancelled()).isFalse();

        assertThat(resyncs(world).instance(702, false).status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomis.courseSchedule(courseSchedule).orElseThrow().cancelled()).isTrue();
        assertThat(resyncs(world).instance(987, true).status()).isEqualTo(RepairReport.Status.NOT_FOUND);
    }

    @Test
    void anAllocationAndAnAttendanceAreUpsertedAndAPaidAttendanceIsRefusedWithNomisReason() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.allocation(40, 7, "A1234BC", BOOKING, "ACTIVE");
        assertThat(resyncs(world).allocation(40, false).message()).contains("has no NOMIS course activity mapped");
        world.mappedSchedule(7);
        long courseActivity = world.courseActivityId(7);

        assertThat(resyncs(world).allocation(40, true).status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(world.nomis.allocationsOf(courseActivity, BOOKING)).isEmpty();
        assertThat(resyncs(world).allocation(40, false).status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomis.allocationsOf(courseActivity, BOOKING)).hasSize(1);

        ScheduledInstance tomorrow = world.dps.findScheduledInstance(702).orElseThrow();
        world.attendance(90, tomorrow, "A1234BC", BOOKING, "COMPLETED", "ATTENDED");
        long courseSchedule = world.courseScheduleId(702);
        assertThat(resyncs(world).attendance(90, true).status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(world.nomis.attendancesOf(courseSchedule, BOOKING)).isEmpty();
        assertThat(resyncs(world).attendance(90, false).status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomis.attendancesOf(courseSchedule, BOOKING)).singleElement()
                .satisfies(row -> assertThat(row.request().eventOutcomeCode()).isEqualTo("ATT"));

        world.nomis.markPaid(courseSchedule, BOOKING);
        RepairReport paid = resyncs(world).attendance(90, false);
        assertThat(paid.status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(paid.message()).contains("ATTENDANCE_PAID");
        assertThat(resyncs(world).attendance(91, true).status()).isEqualTo(RepairReport.Status.NOT_FOUND);
    }
}
