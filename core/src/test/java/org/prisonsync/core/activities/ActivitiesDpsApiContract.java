package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The {@link ActivitiesDpsApi} contract, for the in-memory twin and every adapter. Each test seeds ids of its own
 * through the implementation's own means (not the port, which is read only).
 */
public abstract class ActivitiesDpsApiContract {
    private static final AtomicLong IDS = new AtomicLong(5_000);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final LocalTime START = LocalTime.of(13, 30);
    private static final LocalTime END = LocalTime.of(16, 0);

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
}
