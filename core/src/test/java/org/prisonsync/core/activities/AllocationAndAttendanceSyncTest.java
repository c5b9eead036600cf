package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.activities.inmemory.InMemoryActivitiesNomisApi;
import org.prisonsync.core.queue.Disposition;

class AllocationAndAttendanceSyncTest {
    private static final long BOOKING = 1_234_567;

    @Test
    void anAllocationIsUpsertedOnTheMappedCourseActivityOnceHoweverOftenItIsDelivered() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.mappedSchedule(7);
        Allocation allocation = world.allocation(40, 7, "A1234BC", BOOKING, "ACTIVE");

        for (int i = 0; i < 3; i++) {
            assertThat(world.handle(ActivitiesWorld.allocated(allocation))).isEqualTo(Disposition.ACK);
        }

        assertThat(world.nomis.allocationsOf(world.courseActivityId(7), BOOKING)).singleElement()
                .satisfies(row -> assertThat(row.request().programStatusCode()).isEqualTo("ALLOC"));
        assertThat(world.telemetry.named("activity-allocation-success").get(0).properties())
                .containsEntry("created", "true").containsEntry("offenderNo", "A1234BC");
        assertThat(world.telemetry.named("activity-allocation-success").get(2).properties())
                .containsEntry("created", "false");
    }

    @Test
    void anEndedSuspendedAllocationWithExclusionsIsWrittenAsNomisHoldsIt() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.mappedSchedule(7);
        world.dps.putAllocation(new Allocation(41, "A1234BC", BOOKING, 7, "ENDED", 2, ActivitiesWorld.TODAY,
                ActivitiesWorld.TODAY.plusDays(3), "Released", null, java.util.List.of(
                        new ExcludedSlot(1, "AM", java.util.Set.of(java.time.DayOfWeek.MONDAY)),
                        new ExcludedSlot(1, "PM", java.util.Set.of(java.time.DayOfWeek.MONDAY)),
                        new ExcludedSlot(2, "ED", java.util.Set.of(java.time.DayOfWeek.MONDAY,
                                java.time.DayOfWeek.FRIDAY)))));

        assertThat(world.handle(ActivitiesWorld.event(ActivitiesSync.ALLOCATION_AMENDED,
                Map.of("allocationId", "41")))).isEqualTo(Disposition.ACK);

        AllocationRequest written = world.nomis.allocationsOf(world.courseActivityId(7), BOOKING).get(0).request();
        assertThat(written.programStatusCode()).isEqualTo("END");
        assertThat(written.endReason()).isEqualTo("OTH");
        assertThat(written.endComment()).isEqualTo("Released");
        assertThat(written.payBandCode()).isEqualTo("2");
        assertThat(written.exclusions()).containsExactly(
                new AllocationExclusion(java.time.DayOfWeek.MONDAY, null),
                new AllocationExclusion(java.time.DayOfWeek.FRIDAY, "ED"));
    }

    @Test
    void givenTwoConsumersUpsertingOneAllocationAtOnce_thenNomisHoldsOneRowAndTheSecondWaitsForTheClaim()
            throws Exception {
        ActivitiesWorld world = new ActivitiesWorld();
        world.mappedSchedule(7);
        Allocation allocation = world.allocation(40, 7, "A1234BC", BOOKING, "ACTIVE");
        CountDownLatch inserting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        world.nomis.beforeInsert(() -> {
            inserting.countDown();
            await(release);
        });

        CompletableFuture<Disposition> first = CompletableFuture.supplyAsync(
                () -> world.handle(ActivitiesWorld.allocated(allocation)));
        assertThat(inserting.await(10, TimeUnit.SECONDS)).isTrue();
        Disposition second = world.handle(ActivitiesWorld.event(ActivitiesSync.ALLOCATION_AMENDED,
                Map.of("allocationId", 40)));
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(Disposition.ACK);
        assertThat(second).isInstanceOf(Disposition.Retry.class);
        assertThat(world.telemetry.count("activity-allocation-awaiting-claim")).isEqualTo(1);
        assertThat(world.nomis.allocationsOf(world.courseActivityId(7), BOOKING)).hasSize(1);
        world.nomis.beforeInsert(null);
        assertThat(world.handle(ActivitiesWorld.event(ActivitiesSync.ALLOCATION_AMENDED,
                Map.of("allocationId", 40)))).as("its redelivery").isEqualTo(Disposition.ACK);
        assertThat(world.nomis.allocationsOf(world.courseActivityId(7), BOOKING)).hasSize(1);
    }

    @Test
    void withoutTheClaimTwoUpsertsAtOnceWouldInsertTwice_soTheTwinShowsTheDangerTheClaimPrevents()
            throws Exception {
        InMemoryActivitiesNomisApi nomis = new InMemoryActivitiesNomisApi();
        long courseActivityId = nomis.createActivity(CourseActivities.request(new ActivitiesWorld().schedule(7),
                java.util.List.of(), id -> java.util.Optional.empty())).courseActivityId();
        CountDownLatch bothFound = new CountDownLatch(2);
        nomis.beforeInsert(() -> {
            bothFound.countDown();
            await(bothFound);
        });
        AllocationRequest request = new AllocationRequest(BOOKING, "1", ActivitiesWorld.TODAY, null, null, null,
                false, null, "ALLOC", java.util.List.of());

        CompletableFuture<AllocationUpserted> one = CompletableFuture.supplyAsync(
                () -> nomis.upsertAllocation(courseActivityId, request));
        CompletableFuture<AllocationUpserted> two = CompletableFuture.supplyAsync(
                () -> nomis.upsertAllocation(courseActivityId, request));
        one.get(10, TimeUnit.SECONDS);
        two.get(10, TimeUnit.SECONDS);

        assertThat(nomis.allocationsOf(courseActivityId, BOOKING)).hasSize(2);
    }

    @Test
    void anAllocationOnAScheduleNotMappedYetIsRetried() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.schedule(7);
        Allocation allocation = world.allocation(40, 7, "A1234BC", BOOKING, "ACTIVE");

        assertThat(world.handle(ActivitiesWorld.allocated(allocation))).isInstanceOf(Disposition.Retry.class);
        assertThat(world.telemetry.count("activity-allocation-failed")).isEqualTo(1);
    }

    @Test
    void anAttendanceIsCreatedThenUpdatedOnTheMappedCourseScheduleAsOneRow() {
        ActivitiesWorld world = allocatedWorld();
        ScheduledInstance tomorrow = world.dps.findScheduledInstance(702).orElseThrow();
        AttendanceSync waiting = world.attendance(90, tomorrow, "A1234BC", BOOKING, "WAITING", null);

        assertThat(world.handle(ActivitiesWorld.attendanceEvent(ActivitiesSync.ATTENDANCE_CREATED, waiting)))
                .isEqualTo(Disposition.ACK);
        world.attendance(90, tomorrow, "A1234BC", BOOKING, "COMPLETED", "ATTENDED");
        for (int i = 0; i < 2; i++) {
            assertThat(world.handle(ActivitiesWorld.attendanceEvent(ActivitiesSync.ATTENDANCE_AMENDED, waiting)))
                    .isEqualTo(Disposition.ACK);
        }

        assertThat(world.nomis.attendancesOf(world.courseScheduleId(702), BOOKING)).singleElement()
                .satisfies(row -> {
                    assertThat(row.request().eventStatusCode()).isEqualTo("COMP");
                    assertThat(row.request().eventOutcomeCode()).isEqualTo("ATT");
                    assertThat(row.request().paid()).isTrue();
                });
        assertThat(world.telemetry.count("activity-attendance-create-success")).isEqualTo(1);
        assertThat(world.telemetry.count("activity-attendance-update-success")).isEqualTo(2);
    }

    @Test
    void givenTwoConsumersUpsertingOneAttendanceAtOnce_thenNomisHoldsOneRow() throws Exception {
        ActivitiesWorld world = allocatedWorld();
        AttendanceSync attendance = world.attendance(90, world.dps.findScheduledInstance(702).orElseThrow(),
                "A1234BC", BOOKING, "WAITING", null);
        CountDownLatch inserting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        world.nomis.beforeInsert(() -> {
            inserting.countDown();
            await(release);
        });

        CompletableFuture<Disposition> first = CompletableFuture.supplyAsync(() -> world.handle(
                ActivitiesWorld.attendanceEvent(ActivitiesSync.ATTENDANCE_CREATED, attendance)));
        assertThat(inserting.await(10, TimeUnit.SECONDS)).isTrue();
        Disposition second = world.handle(ActivitiesWorld.attendanceEvent(ActivitiesSync.ATTENDANCE_CREATED,
                attendance));
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(Disposition.ACK);
        assertThat(second).isInstanceOf(Disposition.Retry.class);
        assertThat(world.nomis.attendancesOf(world.courseScheduleId(702), BOOKING)).hasSize(1);
    }

    @Test
    void anAttendanceNomisHasPaidAlreadyIsIgnoredWithItsReasonNotDeadLettered() {
        ActivitiesWorld world = allocatedWorld();
        AttendanceSync attendance = world.attendance(90, world.dps.findScheduledInstance(702).orElseThrow(),
                "A1234BC", BOOKING, "COMPLETED", "SICK");
        world.nomis.markPaid(world.courseScheduleId(702), BOOKING);

        assertThat(world.handle(ActivitiesWorld.attendanceEvent(ActivitiesSync.ATTENDANCE_AMENDED, attendance)))
                .isEqualTo(Disposition.ACK);

        assertThat(world.telemetry.named("activity-attendance-update-ignored")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("reason", "ATTENDANCE_PAID")
                        .containsEntry("dpsAttendanceId", "90"));
        assertThat(world.nomis.attendancesOf(world.courseScheduleId(702), BOOKING)).isEmpty();
    }

    @Test
    void anAttendanceOfAPrisonerWhoMovedIsIgnoredWithItsReason() {
        ActivitiesWorld world = allocatedWorld();
        AttendanceSync attendance = world.attendance(90, world.dps.findScheduledInstance(702).orElseThrow(),
                "A1234BC", BOOKING, "WAITING", null);
        world.nomis.prisonerMoved(BOOKING);

        assertThat(world.handle(ActivitiesWorld.attendanceEvent(ActivitiesSync.ATTENDANCE_EXPIRED, attendance)))
                .isEqualTo(Disposition.ACK);

        assertThat(world.telemetry.named("activity-attendance-update-ignored")).singleElement()
                .satisfies(e -> assertThat(e.properties())
                        .containsEntry("reason", "PRISONER_MOVED_ALLOCATION_ENDED"));
    }

    @Test
    void anAttendanceWithAReasonNomisHasNoOutcomeForIsDeadLetteredAtOnceWithTheReason() {
        ActivitiesWorld world = allocatedWorld();
        AttendanceSync attendance = world.attendance(90, world.dps.findScheduledInstance(702).orElseThrow(),
                "A1234BC", BOOKING, "COMPLETED", "DANCING");

        Disposition disposition = world.handle(ActivitiesWorld.attendanceEvent(ActivitiesSync.ATTENDANCE_AMENDED,
                attendance));

        assertThat(disposition).isInstanceOfSatisfying(Disposition.DeadLetter.class,
                d -> assertThat(d.reason()).contains("DANCING"));
    }

    @Test
    void aDeletedAttendanceIsRemovedFromNomisAndItsRedeliveryIsIgnored() {
        ActivitiesWorld world = allocatedWorld();
        AttendanceSync attendance = world.attendance(90, world.dps.findScheduledInstance(702).orElseThrow(),
                "A1234BC", BOOKING, "WAITING", null);
        world.handle(ActivitiesWorld.attendanceEvent(ActivitiesSync.ATTENDANCE_CREATED, attendance));
        world.dps.removeAttendance(90);

        for (int i = 0; i < 2; i++) {
            assertThat(world.handle(ActivitiesWorld.event(ActivitiesSync.ATTENDANCE_DELETED,
                    Map.of("scheduledInstanceId", 702, "bookingId", BOOKING)))).isEqualTo(Disposition.ACK);
        }

        assertThat(world.nomis.attendancesOf(world.courseScheduleId(702), BOOKING)).isEmpty();
        assertThat(world.telemetry.count("activity-attendance-delete-success")).isEqualTo(1);
        assertThat(world.telemetry.count("activity-attendance-delete-ignored")).isEqualTo(1);
    }

    private static ActivitiesWorld allocatedWorld() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.mappedSchedule(7);
        Allocation allocation = world.allocation(40, 7, "A1234BC", BOOKING, "ACTIVE");
        if (world.handle(ActivitiesWorld.allocated(allocation)) != Disposition.ACK) {
            throw new IllegalStateException("not allocated");
        }
        return world;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
