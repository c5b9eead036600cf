package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The {@link ActivitiesDpsApi} contract, for the in-memory twin and every adapter. Each test seeds ids of its own
 * through the implementation's own means (not the port, which is read only); the reconciliation cases use prisons
 * of their own.
 */
public abstract class ActivitiesDpsApiContract {
    private static final AtomicLong IDS = new AtomicLong(5_000);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final LocalTime START = LocalTime.of(13, 30);
    private static final LocalTime END = LocalTime.of(16, 0);

    private static final AtomicInteger PRISONS = new AtomicInteger(100);

    protected abstract ActivitiesDpsApi api();

    protected abstract void seed(ActivitySchedule schedule, List<ActivityPay> pay);

    protected abstract void seed(Allocation allocation);

    protected abstract void seed(AttendanceSync attendance);

    @Test
    void aScheduleIsReadWithItsActivityAndOnlyTheSessionsFromTheEarliestDate() {
        long id = IDS.incrementAndGet();
        ActivitySchedule schedule = new ActivitySchedule(id, id + 1, "LEI", "Gym", "SAA_GYM", "F", true,
                "Gym PM", null, 8, DAY, DAY.plusMonths(2), true,
                List.of(new ScheduleSlot(1, "PM", START, END, Set.of(DayOfWeek.WEDNESDAY))),
                List.of(new ScheduledInstance(id * 10, id, DAY, START, END, false),
                        new ScheduledInstance(id * 10 + 1, id, DAY.plusDays(7), START, END, true)));
        seed(schedule, List.of(new ActivityPay("BAS", 3, 90, DAY)));

        ActivitySchedule read = api().findSchedule(id, DAY.plusDays(1)).orElseThrow();

        assertThat(read.prisonCode()).isEqualTo("LEI");
        assertThat(read.categoryCode()).isEqualTo("SAA_GYM");
        assertThat(read.outsideWork()).isTrue();
        assertThat(read.slots()).containsExactlyElementsOf(schedule.slots());
        assertThat(read.instances()).containsExactly(schedule.instances().get(1));
        assertThat(api().findActivityPay(id + 1)).contains(List.of(new ActivityPay("BAS", 3, 90, DAY)));
        assertThat(api().findScheduledInstance(id * 10)).contains(schedule.instances().get(0));
    }

    @Test
    void aSchedulesDpsLocationIsReadBesideItsNomisLocation() {
        long id = IDS.incrementAndGet();
        ActivitySchedule schedule = new ActivitySchedule(id, id + 1, "LEI", "Gym", "SAA_GYM", "F", false,
                "Gym PM", 31L, "b7602cc8-e769-4cbb-8194-62d8e655992a", 8, DAY, null, false,
                List.of(new ScheduleSlot(1, "PM", START, END, Set.of(DayOfWeek.WEDNESDAY))), List.of());
        seed(schedule, List.of(new ActivityPay("BAS", 3, 90, DAY)));

        ActivitySchedule read = api().findSchedule(id, DAY).orElseThrow();

        assertThat(read.internalLocationId()).isEqualTo(31L);
        assertThat(read.dpsLocationId()).isEqualTo("b7602cc8-e769-4cbb-8194-62d8e655992a");
    }

    @Test
    void anAllocationAndAnAttendanceAreReadAsDpsHoldsThem() {
        long id = IDS.incrementAndGet();
        Allocation allocation = new Allocation(id, "G1234AA", 77L, id, "SUSPENDED", 2, DAY, null, null, "ill",
                List.of(new ExcludedSlot(1, "AM", Set.of(DayOfWeek.FRIDAY))));
        AttendanceSync attendance = new AttendanceSync(id, id * 10, id, DAY, START, END, "G1234AA", 77L,
                "ATTENDED", "ok", "COMPLETED", 125, 10, null);
        seed(allocation);
        seed(attendance);

        assertThat(api().findAllocation(id)).contains(allocation);
        assertThat(api().findAttendance(id)).contains(attendance);
    }

    @Test
    void whatDpsDoesNotHoldIsAbsent() {
        long unknown = 987_654_321L;
        assertThat(api().findSchedule(unknown, DAY)).isEmpty();
        assertThat(api().findActivityPay(unknown)).isEmpty();
        assertThat(api().findScheduledInstance(unknown)).isEmpty();
        assertThat(api().findAllocation(unknown)).isEmpty();
        assertThat(api().findAttendance(unknown)).isEmpty();
    }

    /** A prison no other test uses (2 to 6 capitals or digits, as upstream's are). */
    private static String newPrison() {
        return "D" + PRISONS.incrementAndGet();
    }

    /** A prisoner number of upstream's form (A1234BC) no other test uses. */
    private static String newPrisoner() {
        return String.format("H%04dCD", IDS.incrementAndGet() % 10_000);
    }

    /** Seeds a schedule at the prison with sessions on DAY (morning and afternoon) and the day after. */
    private ActivitySchedule scheduleAt(String prison) {
        long id = IDS.addAndGet(10);
        ActivitySchedule schedule = new ActivitySchedule(id, id + 1, prison, "Woodwork", "SAA_INDUSTRIES", "H",
                false, "Woodwork AM", null, 10, DAY.minusDays(7), null, false,
                List.of(new ScheduleSlot(1, "AM", START, END, Set.of(DayOfWeek.TUESDAY))),
                List.of(new ScheduledInstance(id * 10, id, DAY, LocalTime.of(9, 0), LocalTime.of(11, 30), false),
                        new ScheduledInstance(id * 10 + 1, id, DAY, START, END, false),
                        new ScheduledInstance(id * 10 + 2, id, DAY.plusDays(1), START, END, false)));
        seed(schedule, List.of(new ActivityPay("BAS", 1, 100, DAY.minusDays(7))));
        return schedule;
    }

    private Allocation allocated(String prisoner, long booking, ActivitySchedule schedule, String status) {
        Allocation allocation = new Allocation(IDS.incrementAndGet(), prisoner, booking, schedule.id(), status, 1,
                DAY.minusDays(7), "ENDED".equals(status) ? DAY : null, "ENDED".equals(status) ? "Other" : null,
                status.contains("SUSPENDED") ? "ill" : null, List.of());
        seed(allocation);
        return allocation;
    }

    private AttendanceSync attended(ScheduledInstance session, String prisoner, long booking, Integer payAmount,
                                    Boolean issuePayment) {
        AttendanceSync attendance = new AttendanceSync(IDS.incrementAndGet(), session.id(),
                session.activityScheduleId(), session.date(), session.startTime(), session.endTime(), prisoner,
                booking, "ATTENDED", null, "COMPLETED", payAmount, null, issuePayment);
        seed(attendance);
        return attendance;
    }

    @Test
    void allocationCountsAreEachBookingsAllocationsNotEndedAtThePrisonAndTheSuspendedOnesApart() {
        String prison = newPrison();
        String elsewhere = newPrison();
        ActivitySchedule woodwork = scheduleAt(prison);
        ActivitySchedule gym = scheduleAt(prison);
        ActivitySchedule away = scheduleAt(elsewhere);
        long twice = IDS.incrementAndGet();
        long pending = IDS.incrementAndGet();
        long ended = IDS.incrementAndGet();
        long movedAway = IDS.incrementAndGet();
        allocated(newPrisoner(), twice, woodwork, "ACTIVE");
        allocated(newPrisoner(), twice, gym, "SUSPENDED");
        allocated(newPrisoner(), pending, woodwork, "PENDING");
        allocated(newPrisoner(), ended, woodwork, "ENDED");
        allocated(newPrisoner(), movedAway, away, "ACTIVE");

        assertThat(api().allocationCounts(prison)).containsExactlyInAnyOrder(new BookingCount(twice, 2),
                new BookingCount(pending, 1));
        assertThat(api().suspendedAllocationCounts(prison)).containsExactly(new BookingCount(twice, 1));
        assertThat(api().allocationCounts(elsewhere)).containsExactly(new BookingCount(movedAway, 1));
        assertThat(api().suspendedAllocationCounts(elsewhere)).isEmpty();
    }

    @Test
    void attendanceCountsArePaidAttendancesOnTheDateAskedOnly() {
        String prison = newPrison();
        ActivitySchedule schedule = scheduleAt(prison);
        ScheduledInstance morning = schedule.instances().get(0);
        ScheduledInstance afternoon = schedule.instances().get(1);
        ScheduledInstance nextDay = schedule.instances().get(2);
        long paidTwice = IDS.incrementAndGet();
        long unpaidThenPaid = IDS.incrementAndGet();
        String first = newPrisoner();
        String second = newPrisoner();
        attended(morning, first, paidTwice, 125, null);
        attended(afternoon, first, paidTwice, null, true);
        attended(morning, second, unpaidThenPaid, 0, false);
        attended(nextDay, second, unpaidThenPaid, 90, null);

        assertThat(api().attendanceCounts(prison, DAY)).containsExactly(new BookingCount(paidTwice, 2));
        assertThat(api().attendanceCounts(prison, DAY.plusDays(1)))
                .containsExactly(new BookingCount(unpaidThenPaid, 1));
        assertThat(api().attendanceCounts(prison, DAY.plusDays(2))).isEmpty();
    }

    @Test
    void aDaysAttendancesAreEveryAttendanceOfThatDayAtThePrisonPaidOrNot() {
        String prison = newPrison();
        ActivitySchedule schedule = scheduleAt(prison);
        ActivitySchedule away = scheduleAt(newPrison());
        String prisoner = newPrisoner();
        String other = newPrisoner();
        long booking = IDS.incrementAndGet();
        long otherBooking = IDS.incrementAndGet();
        AttendanceSync paid = attended(schedule.instances().get(0), prisoner, booking, 125, null);
        AttendanceSync unpaid = attended(schedule.instances().get(1), other, otherBooking, 0, false);
        AttendanceSync nextDay = attended(schedule.instances().get(2), prisoner, booking, 125, null);
        attended(away.instances().get(0), prisoner, booking, 125, null);

        assertThat(api().attendances(prison, DAY)).containsExactlyInAnyOrder(
                new DailyAttendance(paid.attendanceId(), prisoner, paid.scheduledInstanceId()),
                new DailyAttendance(unpaid.attendanceId(), other, unpaid.scheduledInstanceId()));
        assertThat(api().attendances(prison, DAY.plusDays(1))).containsExactly(
                new DailyAttendance(nextDay.attendanceId(), prisoner, nextDay.scheduledInstanceId()));
        assertThat(api().attendances(prison, DAY.plusDays(2))).isEmpty();
    }

    @Test
    void aPrisonersAllocationsAreAllTheirsAtThePrisonEndedOnesToo() {
        String prison = newPrison();
        ActivitySchedule woodwork = scheduleAt(prison);
        ActivitySchedule gym = scheduleAt(prison);
        ActivitySchedule away = scheduleAt(newPrison());
        String prisoner = newPrisoner();
        long booking = IDS.incrementAndGet();
        Allocation active = allocated(prisoner, booking, woodwork, "ACTIVE");
        Allocation ended = allocated(prisoner, booking, gym, "ENDED");
        allocated(prisoner, booking, away, "ACTIVE");
        allocated(newPrisoner(), IDS.incrementAndGet(), woodwork, "ACTIVE");

        assertThat(api().prisonerAllocations(prison, prisoner)).containsExactlyInAnyOrder(active, ended);
        assertThat(api().prisonerAllocations(prison, newPrisoner())).isEmpty();
    }

    @Test
    void aPrisonWithNothingAnswersNothing() {
        String empty = newPrison();

        assertThat(api().allocationCounts(empty)).isEmpty();
        assertThat(api().suspendedAllocationCounts(empty)).isEmpty();
        assertThat(api().attendanceCounts(empty, DAY)).isEmpty();
        assertThat(api().attendances(empty, DAY)).isEmpty();
        assertThat(api().prisonerAllocations(empty, newPrisoner())).isEmpty();
    }
}
