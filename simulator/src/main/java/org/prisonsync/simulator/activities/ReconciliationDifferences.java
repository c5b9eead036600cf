package org.prisonsync.simulator.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.prisonsync.core.activities.ActivityPay;
import org.prisonsync.core.activities.ActivitySchedule;
import org.prisonsync.core.activities.AllocationRequest;
import org.prisonsync.core.activities.Allocation;
import org.prisonsync.core.activities.AttendanceRequest;
import org.prisonsync.core.activities.AttendanceSync;
import org.prisonsync.core.activities.NomisCourseSchedule;
import org.prisonsync.core.activities.PrisonerDetails;
import org.prisonsync.core.activities.ScheduleSlot;
import org.prisonsync.core.activities.ScheduledInstance;
import org.prisonsync.core.activities.inmemory.InMemoryActivitiesNomisApi;

/**
 * Plants activities reconciliation differences of every class across several prisons, so a test can assert exactly
 * the planted ones. In two steps, as they arise in life: {@link #setUp} makes each prison's schedules, allocations
 * and attendances in DPS with their events (prison-sync syncs them, mapping the schedules); once that has settled,
 * {@link #diverge} changes one side without an event (a lost event, NOMIS's own early pay, a booking switch, a
 * release, a transfer) and answers what it planted. Each prison switched on for ACTIVITY in NOMIS.
 */
public final class ReconciliationDifferences {
    /** One planted difference: which reconciliation, which booking, its class and explanation (null if raised). */
    public record Planted(String reconciliation, String prison, long bookingId, String difference,
                          String explanation) {
    }

    private static final LocalTime START = LocalTime.of(9, 0);
    private static final LocalTime END = LocalTime.of(11, 30);

    private final DpsActivities dps;
    private final InMemoryActivitiesNomisApi nomis;
    private final List<String> prisons;
    private final LocalDate day;

    /** {@code day}: the session's date, today or later when set up (prison-sync maps sessions from today on). */
    public ReconciliationDifferences(ActivitiesSimulation activities, List<String> prisons, LocalDate day) {
        this.dps = activities.dps();
        this.nomis = activities.nomis();
        this.prisons = List.copyOf(prisons);
        this.day = day;
    }

    private long schedule(int p, int second) {
        return 9_000L + p * 10L + second;
    }

    private long booking(int p, int n) {
        return 3_000_000L + p * 100L + n;
    }

    private String prisoner(int p, int n) {
        return "R" + (1000 + p * 20 + n) + "AA";
    }

    private long attendanceId(int p, int n) {
        return 70_000L + p * 100L + n;
    }

    /** Step one: each prison's two schedules, its prisoners allocated and attending, through DPS's events. */
    public void setUp() {
        for (int p = 0; p < prisons.size(); p++) {
            String prison = prisons.get(p);
            nomis.switchOn(prison);
            for (int second = 0; second < 2; second++) {
                long id = schedule(p, second);
                dps.createSchedule(new ActivitySchedule(id, id * 10, prison, "Workshop", "SAA_INDUSTRIES", "H",
                        false, "Workshop AM", 27L, 20, day.minusDays(7), null, false,
                        List.of(new ScheduleSlot(1, "AM", START, END, EnumSet.allOf(DayOfWeek.class))),
                        List.of(new ScheduledInstance(id * 100 + 1, id, day, START, END, false))),
                        List.of(new ActivityPay("STD", 1, 125, null)));
            }
            for (int n : new int[] {1, 3, 4, 5, 8, 9, 10}) {
                dps.allocate(allocation(p, n, booking(p, n), 0, "ACTIVE"));
            }
            dps.allocate(allocation(p, 11, booking(p, 12), 0, "ACTIVE"));       // the old booking, active again
            for (int n : new int[] {1, 9, 10}) {
                dps.recordAttendance(attendance(p, n, booking(p, n), true));
            }
            for (int n = 1; n <= 12; n++) {
                nomis.putPrisoner(new PrisonerDetails(prisoner(p, n == 12 ? 11 : n), booking(p, n), prison, true));
            }
        }
    }

    /** Step two, once the sync has settled: one side changed without an event; answers what was planted. */
    public List<Planted> diverge() {
        List<Planted> planted = new ArrayList<>();
        for (int p = 0; p < prisons.size(); p++) {
            String prison = prisons.get(p);
            String elsewhere = prisons.get((p + 1) % prisons.size());
            dps.putAllocationWithoutEvent(allocation(p, 2, booking(p, 2), 0, "ACTIVE"));
            planted.add(new Planted("activity-allocations", prison, booking(p, 2), "DPS_ONLY", null));
            dps.putAllocationWithoutEvent(allocation(p, 3, booking(p, 3), 0, "ENDED"));
            planted.add(new Planted("activity-allocations", prison, booking(p, 3), "NOMIS_ONLY", null));
            dps.putAllocationWithoutEvent(allocation(p, 4, booking(p, 4), 1, "ACTIVE"));
            planted.add(new Planted("activity-allocations", prison, booking(p, 4), "DIFFERENT_COUNT", null));
            dps.putAllocationWithoutEvent(allocation(p, 5, booking(p, 5), 0, "SUSPENDED"));
            planted.add(new Planted("activity-suspended-allocations", prison, booking(p, 5), "DPS_ONLY", null));
            dps.putAllocationWithoutEvent(allocation(p, 6, booking(p, 6), 0, "ACTIVE"));
            nomis.putPrisoner(new PrisonerDetails(prisoner(p, 6), booking(p, 6), "OUT", false));
            planted.add(new Planted("activity-allocations", prison, booking(p, 6), "DPS_ONLY", "RELEASED"));
            dps.putAllocationWithoutEvent(allocation(p, 7, booking(p, 7), 0, "ACTIVE"));
            nomis.putPrisoner(new PrisonerDetails(prisoner(p, 7), booking(p, 7), elsewhere, true));
            planted.add(new Planted("activity-allocations", prison, booking(p, 7), "DPS_ONLY", "TRANSFERRED"));

            long courseActivity = courseActivity(prison, schedule(p, 0));
            long courseSchedule = courseSchedule(courseActivity);
            dps.putAttendanceWithoutEvent(attendance(p, 8, booking(p, 8), true));
            planted.add(new Planted("activity-attendances", prison, booking(p, 8), "DPS_ONLY", null));
            dps.putAttendanceWithoutEvent(attendance(p, 9, booking(p, 9), false));
            planted.add(new Planted("activity-attendances", prison, booking(p, 9), "NOMIS_ONLY", null));
            // paid early in NOMIS (OTDDSBAL): NOMIS will refuse the change; found out by the repair
            dps.putAttendanceWithoutEvent(attendance(p, 10, booking(p, 10), false));
            nomis.markPaid(courseSchedule, booking(p, 10));
            planted.add(new Planted("activity-attendances", prison, booking(p, 10), "NOMIS_ONLY", null));
            // admitted on a new booking, paid on it in NOMIS, then switched back to the old one (DPS counts that)
            nomis.insertAllocation(courseActivity, AllocationRequest.from(allocation(p, 11, booking(p, 11), 0,
                    "ENDED")));
            nomis.insertAttendance(courseSchedule, booking(p, 11), new AttendanceRequest(day, START, END, "COMP",
                    "ATT", null, false, false, true, null));
            nomis.putPrisoner(new PrisonerDetails(prisoner(p, 11), booking(p, 11), prison, false));
            dps.putAttendanceWithoutEvent(attendance(p, 11, booking(p, 12), true));
            planted.add(new Planted("activity-attendances", prison, booking(p, 11), "NOMIS_ONLY",
                    "SWITCHED_TO_OLD_BOOKING"));
            planted.add(new Planted("activity-attendances", prison, booking(p, 12), "DPS_ONLY",
                    "SWITCHED_TO_OLD_BOOKING"));
        }
        return planted;
    }

    private Allocation allocation(int p, int n, long bookingId, int second, String status) {
        return new Allocation(50_000L + p * 100L + n * 2L + second, prisoner(p, n), bookingId, schedule(p, second),
                status, 1, day.minusDays(1), "ENDED".equals(status) ? day : null, null,
                status.contains("SUSPENDED") ? "in segregation" : null, List.of());
    }

    private AttendanceSync attendance(int p, int n, long bookingId, boolean paid) {
        long instance = schedule(p, 0) * 100 + 1;
        return new AttendanceSync(attendanceId(p, n), instance, schedule(p, 0), day, START, END, prisoner(p, n),
                bookingId, paid ? "ATTENDED" : null, null, paid ? "COMPLETED" : "WAITING", paid ? 125 : null, null,
                null);
    }

    /**
     * Whether every prison's first schedule has reached NOMIS with its session on the day: {@link #diverge} needs
     * them, and checks nothing itself before its first change.
     */
    public boolean synced() {
        for (int p = 0; p < prisons.size(); p++) {
            Optional<Long> courseActivity = findCourseActivity(prisons.get(p), schedule(p, 0));
            if (courseActivity.isEmpty() || nomis.courseSchedulesOf(courseActivity.get()).stream()
                    .noneMatch(s -> s.date().equals(day))) {
                return false;
            }
        }
        return true;
    }

    private long courseActivity(String prison, long scheduleId) {
        return findCourseActivity(prison, scheduleId).orElseThrow(() -> new IllegalStateException("schedule "
                + scheduleId + " has not reached NOMIS: call diverge once the sync has settled"));
    }

    private Optional<Long> findCourseActivity(String prison, long scheduleId) {
        return nomis.courseActivityIds().stream().filter(id -> nomis.activityAsWritten(id)
                        .filter(a -> prison.equals(a.prisonId()) && a.code().endsWith("-" + scheduleId)).isPresent())
                .findFirst();
    }

    private long courseSchedule(long courseActivity) {
        return nomis.courseSchedulesOf(courseActivity).stream().filter(s -> s.date().equals(day))
                .map(NomisCourseSchedule::courseScheduleId).findFirst().orElseThrow();
    }
}
