package org.prisonsync.core.activities.inmemory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.prisonsync.core.activities.Allocation;
import org.prisonsync.core.activities.AttendanceOutcomes;
import org.prisonsync.core.activities.AttendanceSync;
import org.prisonsync.core.activities.BookingCount;
import org.prisonsync.core.activities.DailyAttendance;

/**
 * How a DPS activities API held in memory answers the reconciliation reads, counted from its allocations and
 * attendances at the prison of each one's schedule ({@code prisonOf} a schedule id): allocations not {@code ENDED}
 * (NOMIS holds them {@code ALLOC}), suspended ones, attendances DPS pays ({@link AttendanceOutcomes#paid}). Shared
 * by core's twin and the simulator, so the two count alike.
 */
public final class DpsReconciliationCounts {
    private DpsReconciliationCounts() {
    }

    public static List<BookingCount> allocations(Collection<Allocation> all, LongFunction<String> prisonOf,
                                                 String prisonCode, boolean suspendedOnly) {
        Predicate<Allocation> counted = a -> !a.ended() && (!suspendedOnly || a.suspended())
                && prisonCode.equals(prisonOf.apply(a.scheduleId()));
        Map<Long, Long> byBooking = new TreeMap<>();
        all.stream().filter(counted).forEach(a -> byBooking.merge(a.bookingId(), 1L, Long::sum));
        return counted(byBooking);
    }

    public static List<BookingCount> attendances(Collection<AttendanceSync> all, LongFunction<String> prisonOf,
                                                 String prisonCode, LocalDate date) {
        Map<Long, Long> byBooking = new TreeMap<>();
        all.stream().filter(a -> date.equals(a.sessionDate()) && AttendanceOutcomes.paid(a)
                        && prisonCode.equals(prisonOf.apply(a.activityScheduleId())))
                .forEach(a -> byBooking.merge(a.bookingId(), 1L, Long::sum));
        return counted(byBooking);
    }

    public static List<Allocation> prisonerAllocations(Collection<Allocation> all, LongFunction<String> prisonOf,
                                                       String prisonCode, String prisonerNumber) {
        return all.stream().filter(a -> a.prisonerNumber().equals(prisonerNumber)
                        && prisonCode.equals(prisonOf.apply(a.scheduleId())))
                .sorted(Comparator.comparingLong(Allocation::id)).toList();
    }

    public static List<DailyAttendance> daily(Collection<AttendanceSync> all, LongFunction<String> prisonOf,
                                              String prisonCode, LocalDate sessionDate) {
        return all.stream().filter(a -> sessionDate.equals(a.sessionDate())
                        && prisonCode.equals(prisonOf.apply(a.activityScheduleId())))
                .sorted(Comparator.comparingLong(AttendanceSync::attendanceId))
                .map(a -> new DailyAttendance(a.attendanceId(), a.prisonerNumber(), a.scheduledInstanceId())).toList();
    }

    private static List<BookingCount> counted(Map<Long, Long> byBooking) {
        return byBooking.entrySet().stream().map(e -> new BookingCount(e.getKey(), e.getValue())).toList();
    }
}
