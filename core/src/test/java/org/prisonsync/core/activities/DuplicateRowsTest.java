package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.notify.NotifyRule;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.telemetry.TelemetryEvent;

/**
 * Seed 000's duplicate allocations and attendances: a NOMIS key holding two rows is reported once with what to
 * delete, the message waits on the retry ladder, the repair (after a dry run that changes nothing) deletes the extra
 * row, and the same message then succeeds.
 */
class DuplicateRowsTest {
    private static final long BOOKING = 2_345_678;

    private static ActivitiesWorld allocatedWorld() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.mappedSchedule(7);
        Allocation allocation = world.allocation(40, 7, "A1234BC", BOOKING, "ACTIVE");
        if (world.handle(ActivitiesWorld.allocated(allocation)) != Disposition.ACK) {
            throw new IllegalStateException("not allocated");
        }
        return world;
    }

    private static DuplicateRows repairs(ActivitiesWorld world) {
        return world.core.domain(ActivitiesDomain.class).duplicateRows();
    }

    @Test
    void aDuplicateAllocationIsReportedOnceWithItsIdsRepairedAfterADryRunAndTheSameMessageThenSucceeds() {
        ActivitiesWorld world = allocatedWorld();
        long courseActivity = world.courseActivityId(7);
        long first = world.nomis.allocationsOf(courseActivity, BOOKING).get(0).id();
        long copy = world.nomis.insertAllocation(courseActivity, world.nomis.allocationsOf(courseActivity, BOOKING)
                .get(0).request()).id();
        var amended = ActivitiesWorld.event(ActivitiesSync.ALLOCATION_AMENDED, Map.of("allocationId", 40));

        assertThat(world.handle(amended)).isInstanceOf(Disposition.Retry.class);
        assertThat(world.handle(amended)).isInstanceOf(Disposition.Retry.class);

        assertThat(world.telemetry.named(DuplicateRows.ALLOCATION_DUPLICATE)).singleElement()
                .extracting(TelemetryEvent::properties).satisfies(p -> assertThat(p)
                        .containsEntry("nomisAllocationIds", first + "," + copy)
                        .containsEntry("existingNomisAllocationId", Long.toString(first))
                        .containsEntry("duplicateNomisAllocationId", Long.toString(copy))
                        .containsEntry("nomisCourseActivityId", Long.toString(courseActivity))
                        .containsEntry("bookingId", Long.toString(BOOKING)));
        assertThat(world.telemetry.count(DuplicateRows.ALLOCATION_DUPLICATE + "-awaiting-repair")).isEqualTo(1);
        NotifyRule rule = world.core.notifyRules().stream()
                .filter(r -> r.matches(DuplicateRows.ALLOCATION_DUPLICATE)).findFirst().orElseThrow();
        assertThat(rule.command(world.telemetry.named(DuplicateRows.ALLOCATION_DUPLICATE).get(0).properties()))
                .isEqualTo("prison-sync activities delete-duplicate-allocation " + copy
                        + " --existing-allocation-id " + first + " --dry-run");
        assertThat(world.core.notifyRules()).noneMatch(r -> r.matches(DuplicateRows.ALLOCATION_DUPLICATE
                + "-awaiting-repair"));

        assertThat(repairs(world).deleteAllocation(copy, copy, false).status())
                .isEqualTo(RepairReport.Status.REFUSED);
        RepairReport planned = repairs(world).deleteAllocation(copy, first, true);
        assertThat(planned.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(planned.actions()).singleElement().asString().contains("delete NOMIS program profile " + copy)
                .contains("keeping program profile " + first);
        assertThat(world.nomis.allocationsOf(courseActivity, BOOKING)).hasSize(2);

        RepairReport done = repairs(world).deleteAllocation(copy, first, false);

        assertThat(done.status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomis.allocationsOf(courseActivity, BOOKING)).extracting(r -> r.id())
                .containsExactly(first);
        assertThat(world.handle(amended)).isEqualTo(Disposition.ACK);
        assertThat(world.telemetry.named("activity-allocation-success").get(1).properties())
                .containsEntry("nomisAllocationId", Long.toString(first)).containsEntry("created", "false");
        assertThat(repairs(world).deleteAllocation(copy, first, true).status())
                .isEqualTo(RepairReport.Status.NOT_FOUND);
    }

    @Test
    void theAllocationRepairRefusesAProgramProfileOfAnotherKey() {
        ActivitiesWorld world = allocatedWorld();
        long courseActivity = world.courseActivityId(7);
        long mine = world.nomis.allocationsOf(courseActivity, BOOKING).get(0).id();
        world.handle(ActivitiesWorld.allocated(world.allocation(41, 7, "B2345CD", BOOKING + 1, "ACTIVE")));
        long theirs = world.nomis.allocationsOf(courseActivity, BOOKING + 1).get(0).id();

        RepairReport refused = repairs(world).deleteAllocation(theirs, mine, false);

        assertThat(refused.status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(refused.message()).contains("is not of the key of " + mine);
        assertThat(world.nomis.allocationsOf(courseActivity, BOOKING + 1)).hasSize(1);
    }

    @Test
    void aDuplicateAttendanceIsReportedOnceByItsKeyAndTheRepairDeletesTheEventGivenThenReSynchronises() {
        ActivitiesWorld world = allocatedWorld();
        ScheduledInstance tomorrow = world.dps.findScheduledInstance(702).orElseThrow();
        AttendanceSync attendance = world.attendance(90, tomorrow, "A1234BC", BOOKING, "WAITING", null);
        var created = ActivitiesWorld.attendanceEvent(ActivitiesSync.ATTENDANCE_CREATED, attendance);
        assertThat(world.handle(created)).isEqualTo(Disposition.ACK);
        long courseSchedule = world.courseScheduleId(702);
        long first = world.nomis.attendancesOf(courseSchedule, BOOKING).get(0).eventId();
        // the sync has not met a duplicate of this key: nothing may be deleted on an operator's word alone
        assertThat(repairs(world).deleteAttendance(first, 90, false).status()).isEqualTo(RepairReport.Status.REFUSED);
        long copy = world.nomis.insertAttendance(courseSchedule, BOOKING, world.nomis.attendancesOf(courseSchedule,
                BOOKING).get(0).request()).eventId();
        world.attendance(90, tomorrow, "A1234BC", BOOKING, "COMPLETED", "ATTENDED");
        var amended = ActivitiesWorld.attendanceEvent(ActivitiesSync.ATTENDANCE_AMENDED, attendance);

        assertThat(world.handle(amended)).isInstanceOf(Disposition.Retry.class);
        assertThat(world.handle(amended)).isInstanceOf(Disposition.Retry.class);

        assertThat(world.telemetry.named(DuplicateRows.ATTENDANCE_DUPLICATE)).singleElement()
                .extracting(TelemetryEvent::properties).satisfies(p -> assertThat(p)
                        .containsEntry("nomisCourseScheduleId", Long.toString(courseSchedule))
                        .containsEntry("bookingId", Long.toString(BOOKING))
                        .containsEntry("dpsAttendanceId", "90")
                        .hasEntrySatisfying("action", a -> assertThat(a).contains("CRS_SCH_ID=" + courseSchedule)
                                .contains("OFFENDER_BOOK_ID=" + BOOKING)));
        assertThat(world.telemetry.count(DuplicateRows.ATTENDANCE_DUPLICATE + "-awaiting-repair")).isEqualTo(1);

        RepairReport planned = repairs(world).deleteAttendance(copy, 90, true);
        assertThat(planned.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(planned.actions()).first().asString().contains("delete NOMIS attendance " + copy);
        assertThat(world.nomis.attendancesOf(courseSchedule, BOOKING)).hasSize(2);

        RepairReport done = repairs(world).deleteAttendance(copy, 90, false);

        assertThat(done.status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(done.message()).contains("activity-attendance-update-success");
        assertThat(world.nomis.attendancesOf(courseSchedule, BOOKING)).singleElement().satisfies(row -> {
            assertThat(row.eventId()).isEqualTo(first);
            assertThat(row.request().eventOutcomeCode()).isEqualTo("ATT");
        });
        assertThat(world.handle(amended)).isEqualTo(Disposition.ACK);
        assertThat(repairs(world).deleteAttendance(first, 90, true).status()).isEqualTo(RepairReport.Status.REFUSED);
    }
}
