package org.prisonsync.core.activities.inmemory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.activities.ActivitiesNomisApi;
import org.prisonsync.core.activities.AllocationRequest;
import org.prisonsync.core.activities.AllocationUpserted;
import org.prisonsync.core.activities.AttendanceRequest;
import org.prisonsync.core.activities.AttendanceUpsert;
import org.prisonsync.core.activities.BookingCount;
import org.prisonsync.core.activities.PrisonerDetails;
import org.prisonsync.core.activities.CourseActivityRequest;
import org.prisonsync.core.activities.CourseActivityWritten;
import org.prisonsync.core.activities.CourseSchedule;
import org.prisonsync.core.activities.NomisAllocation;
import org.prisonsync.core.activities.NotUniqueInNomis;
import org.prisonsync.core.activities.NomisCourseActivity;
import org.prisonsync.core.activities.NomisCourseSchedule;

/**
 * NOMIS course activities, course schedules, program profiles (allocations) and attendances in memory.
 *
 * <p>Like NOMIS, an allocation or attendance upsert finds the rows of its natural key and inserts when there are
 * none, <em>without</em> a unique constraint: the find and the insert are two steps, and {@link #beforeInsert} runs
 * between them, so a test can hold one upsert there and show what a second one at the same time would do. A key
 * holding two rows (a duplicate, planted with {@link #insertAllocation} or {@link #insertAttendance}) fails every later
 * upsert of it with {@link NotUniqueInNomis}, NOMIS's 500 "query did not return a unique result"; deleting one
 * row by its id ({@link #deleteAllocation}, {@link #deleteAttendanceEvent}) lets the next upsert through. Attendances
 * are not linked to a program profile here: deleting a booking's last profile on a course activity takes its
 * attendances there with it, as NOMIS's delete takes the profile's. An attendance on a session {@link #markPaid paid} or of a booking whose prisoner
 * {@link #prisonerMoved moved} is refused with NOMIS's error code. The reconciliation counts are counted from the rows
 * held (program profiles {@code ALLOC}, attendances with the pay flag), the prisons switched on for activities and
 * the bookings' prisoner details are as {@link #switchOn} and {@link #putPrisoner} set them. Thread-safe.
 */
public final class InMemoryActivitiesNomisApi implements ActivitiesNomisApi {
    /** A row of OFFENDER_PROGRAM_PROFILES. */
    public record AllocationRow(long id, long courseActivityId, AllocationRequest request) {
    }

    /** A row of OFFENDER_COURSE_ATTENDANCES. */
    public record AttendanceRow(long eventId, long courseScheduleId, long bookingId, AttendanceRequest request) {
    }

    private record Session(long courseActivityId, CourseSchedule schedule) {
    }

    private final Map<Long, CourseActivityRequest> activities = new LinkedHashMap<>();
    private final Map<Long, Session> sessions = new LinkedHashMap<>();
    private final List<AllocationRow> allocations = new ArrayList<>();
    private final List<AttendanceRow> attendances = new ArrayList<>();
    private final Set<String> paid = new HashSet<>();
    private final Set<Long> moved = new HashSet<>();
    private final List<String> switchedOn = new ArrayList<>();
    private final Map<Long, PrisonerDetails> prisoners = new LinkedHashMap<>();
    private volatile Runnable beforeInsert = () -> { };
    private long nextActivityId = 10_000;
    private long nextScheduleId = 500_000;
    private long nextAllocationId = 70_000;
    private long nextEventId = 900_000;
    private int creates;

    /** Runs between an upsert's find and its insert (outside the lock), e.g. to hold it there. */
    public void beforeInsert(Runnable hook) {
        beforeInsert = hook == null ? () -> { } : hook;
    }

    public synchronized int creates() {
        return creates;
    }

    public synchronized List<Long> courseActivityIds() {
        return new ArrayList<>(activities.keySet());
    }

    public synchronized Optional<CourseActivityRequest> activityAsWritten(long courseActivityId) {
        return Optional.ofNullable(activities.get(courseActivityId));
    }

    public synchronized List<NomisCourseSchedule> courseSchedulesOf(long courseActivityId) {
        return sessions.entrySet().stream().filter(e -> e.getValue().courseActivityId() == courseActivityId)
                .map(e -> toSchedule(e.getKey(), e.getValue().schedule())).toList();
    }

    public synchronized Optional<CourseSchedule> courseSchedule(long courseScheduleId) {
        return Optional.ofNullable(sessions.get(courseScheduleId)).map(Session::schedule);
    }

    public synchronized List<AllocationRow> allocationsOf(long courseActivityId, long bookingId) {
        return allocations.stream().filter(a -> a.courseActivityId() == courseActivityId
                && a.request().bookingId() == bookingId).toList();
    }

    public synchronized List<AttendanceRow> attendancesOf(long courseScheduleId, long bookingId) {
        return attendances.stream().filter(a -> a.courseScheduleId() == courseScheduleId
                && a.bookingId() == bookingId).toList();
    }

    /** A course schedule removed, as a later course activity update that drops the session removes it. */
    public synchronized boolean deleteCourseSchedule(long courseScheduleId) {
        return sessions.remove(courseScheduleId) != null;
    }

    /** Payroll has run for this attendance: NOMIS refuses to change it ({@code ATTENDANCE_PAID}). */
    public synchronized void markPaid(long courseScheduleId, long bookingId) {
        paid.add(courseScheduleId + ":" + bookingId);
    }

    /**
     * The prisoner moved and NOMIS ended their allocations: NOMIS refuses their attendances
     * ({@code PRISONER_MOVED_ALLOCATION_ENDED}) and, finding no {@code ALLOC} program profile to upsert, refuses a new
     * one for a prisoner at another prison (400 "Prisoner is at prison=OUT, not the Course activity prison=…").
     */
    public synchronized void prisonerMoved(long bookingId) {
        moved.add(bookingId);
    }

    /** Switches activities on for these prisons ({@code SERVICE_AGENCY_SWITCHES}), in this order. */
    public synchronized void switchOn(String... prisonIds) {
        for (String prison : prisonIds) {
            if (!switchedOn.contains(prison)) {
                switchedOn.add(prison);
            }
        }
    }

    /** Who a booking belongs to and where they are now (released: {@code OUT}, inactive). */
    public synchronized void putPrisoner(PrisonerDetails details) {
        prisoners.put(details.bookingId(), details);
    }

    /** Inserts an attendance row without looking (a planted difference, or NOMIS's own early pay). */
    public synchronized AttendanceRow insertAttendance(long courseScheduleId, long bookingId,
                                                       AttendanceRequest request) {
        AttendanceRow row = new AttendanceRow(nextEventId++, courseScheduleId, bookingId, request);
        attendances.add(row);
        return row;
    }

    /** Removes a booking's program profiles on a course activity, as if NOMIS had never been told. */
    public synchronized int removeAllocations(long courseActivityId, long bookingId) {
        int before = allocations.size();
        allocations.removeIf(a -> a.courseActivityId() == courseActivityId && a.request().bookingId() == bookingId);
        return before - allocations.size();
    }

    @Override
    public synchronized List<String> activityPrisons() {
        return List.copyOf(switchedOn);
    }

    @Override
    public synchronized List<BookingCount> allocationCounts(String prisonId, boolean suspended) {
        return counts(allocations, a -> prisonId.equals(prisonOf(a.courseActivityId()))
                && "ALLOC".equals(a.request().programStatusCode()) && (!suspended || a.request().suspended()),
                a -> a.request().bookingId());
    }

    @Override
    public synchronized List<BookingCount> attendanceCounts(String prisonId, LocalDate date) {
        return counts(attendances, a -> {
            Session session = sessions.get(a.courseScheduleId());
            return session != null && prisonId.equals(prisonOf(session.courseActivityId()))
                    && date.equals(a.request().scheduleDate()) && Boolean.TRUE.equals(a.request().paid());
        }, AttendanceRow::bookingId);
    }

    @Override
    public synchronized List<PrisonerDetails> prisonerDetails(List<Long> bookingIds) {
        return bookingIds.stream().distinct().map(prisoners::get).filter(java.util.Objects::nonNull).toList();
    }

    private String prisonOf(long courseActivityId) {
        CourseActivityRequest activity = activities.get(courseActivityId);
        return activity == null ? null : activity.prisonId();
    }

    private static <R> List<BookingCount> counts(Collection<R> rows, Predicate<R> counted,
                                                 java.util.function.ToLongFunction<R> booking) {
        Map<Long, Long> byBooking = new TreeMap<>();
        rows.stream().filter(counted).forEach(r -> byBooking.merge(booking.applyAsLong(r), 1L, Long::sum));
        return byBooking.entrySet().stream().map(e -> new BookingCount(e.getKey(), e.getValue())).toList();
    }

    /** Inserts an allocation row without looking, as a hand-made duplicate would be. */
    public synchronized AllocationRow insertAllocation(long courseActivityId, AllocationRequest request) {
        AllocationRow row = new AllocationRow(nextAllocationId++, courseActivityId, request);
        allocations.add(row);
        return row;
    }

    @Override
    public synchronized CourseActivityWritten createActivity(CourseActivityRequest request) {
        long id = nextActivityId++;
        creates++;
        activities.put(id, request);
        return new CourseActivityWritten(id, writeSessions(id, request.schedules()));
    }

    @Override
    public synchronized CourseActivityWritten updateActivity(long courseActivityId, CourseActivityRequest request) {
        CourseActivityRequest existing = activities.get(courseActivityId);
        if (existing == null) {
            throw new UpstreamRejected(404, "Course activity with id=" + courseActivityId + " does not exist");
        }
        // an update carries neither code nor prison: NOMIS keeps those it was created with
        activities.put(courseActivityId, new CourseActivityRequest(existing.code(), existing.prisonId(),
                request.startDate(), request.endDate(), request.internalLocationId(), request.capacity(),
                request.payRates(), request.description(), request.programCode(), request.payPerSession(),
                request.schedules(), request.scheduleRules(), request.excludeBankHolidays(), request.outsideWork()));
        writeSessions(courseActivityId, request.schedules());
        return new CourseActivityWritten(courseActivityId, courseSchedulesOf(courseActivityId));
    }

    @Override
    public synchronized Optional<NomisCourseActivity> findActivity(long courseActivityId) {
        CourseActivityRequest r = activities.get(courseActivityId);
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new NomisCourseActivity(courseActivityId, r.prisonId(), r.programCode(),
                r.description(), r.capacity(), r.startDate(), r.endDate(), r.internalLocationId(), r.payRates(),
                r.scheduleRules()));
    }

    @Override
    public synchronized void deleteActivity(long courseActivityId) {
        activities.remove(courseActivityId);
        sessions.values().removeIf(s -> s.courseActivityId() == courseActivityId);
        allocations.removeIf(a -> a.courseActivityId() == courseActivityId);
        attendances.removeIf(a -> !sessions.containsKey(a.courseScheduleId()));
    }

    @Override
    public synchronized long highestCourseScheduleId() {
        return sessions.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    @Override
    public synchronized long updateCourseSchedule(long courseActivityId, CourseSchedule schedule) {
        if (!activities.containsKey(courseActivityId)) {
            throw new UpstreamRejected(404, "Course activity with id=" + courseActivityId + " does not exist");
        }
        if (schedule.id() != null && !sessions.containsKey(schedule.id())) {
            // NOMIS's "404 The course schedule does not exist" (a later amend removed it)
            throw new UpstreamRejected(404, "Course schedule with id=" + schedule.id() + " does not exist");
        }
        return writeSessions(courseActivityId, List.of(schedule)).get(0).courseScheduleId();
    }

    @Override
    public AllocationUpserted upsertAllocation(long courseActivityId, AllocationRequest request) {
        String prison;
        synchronized (this) {
            CourseActivityRequest activity = activities.get(courseActivityId);
            if (activity == null) {
                throw new UpstreamRejected(400, "Course activity with id=" + courseActivityId + " does not exist");
            }
            prison = activity.prisonId();
            if (moved.contains(request.bookingId())) {
                throw new UpstreamRejected(400, "Prisoner is at prison=OUT, not the Course activity prison="
                        + prison);
            }
            List<AllocationRow> rows = allocationsOf(courseActivityId, request.bookingId());
            if (rows.size() > 1) {
                throw new NotUniqueInNomis(notUnique(rows.size()));
            }
            if (rows.size() == 1) {
                AllocationRow row = rows.get(0);
                allocations.set(allocations.indexOf(row), new AllocationRow(row.id(), courseActivityId, request));
                return new AllocationUpserted(row.id(), false, prison);
            }
        }
        beforeInsert.run();
        return new AllocationUpserted(insertAllocation(courseActivityId, request).id(), true, prison);
    }

    @Override
    public AttendanceUpsert upsertAttendance(long courseScheduleId, long bookingId, AttendanceRequest request) {
        String prison;
        synchronized (this) {
            Session session = sessions.get(courseScheduleId);
            if (session == null) {
                throw new UpstreamRejected(400, "Course schedule with id=" + courseScheduleId + " does not exist");
            }
            prison = activities.get(session.courseActivityId()).prisonId();
            if (paid.contains(courseScheduleId + ":" + bookingId)) {
                return new AttendanceUpsert.Refused(AttendanceUpsert.Reason.ATTENDANCE_PAID,
                        "Attendance for booking " + bookingId + " on course schedule " + courseScheduleId
                                + " has already been paid");
            }
            if (moved.contains(bookingId)) {
                return new AttendanceUpsert.Refused(AttendanceUpsert.Reason.PRISONER_MOVED_ALLOCATION_ENDED,
                        "Booking " + bookingId + " has moved and its allocation has ended");
            }
            if (allocationsOf(session.courseActivityId(), bookingId).isEmpty()) {
                throw new UpstreamRejected(400, "Booking " + bookingId + " is not allocated to course activity "
                        + session.courseActivityId());
            }
            List<AttendanceRow> rows = attendancesOf(courseScheduleId, bookingId);
            if (rows.size() > 1) {
                throw new NotUniqueInNomis(notUnique(rows.size()));
            }
            if (rows.size() == 1) {
                AttendanceRow row = rows.get(0);
                attendances.set(attendances.indexOf(row), new AttendanceRow(row.eventId(), courseScheduleId,
                        bookingId, request));
                return new AttendanceUpsert.Upserted(row.eventId(), courseScheduleId, false, prison);
            }
        }
        beforeInsert.run();
        synchronized (this) {
            AttendanceRow row = insertAttendance(courseScheduleId, bookingId, request);
            return new AttendanceUpsert.Upserted(row.eventId(), courseScheduleId, true, prison);
        }
    }

    @Override
    public synchronized boolean deleteAttendance(long courseScheduleId, long bookingId) {
        return attendances.removeIf(a -> a.courseScheduleId() == courseScheduleId && a.bookingId() == bookingId);
    }

    /** NOMIS's message for a key holding {@code rows} rows, as Hibernate words it. */
    public static String notUnique(int rows) {
        return NotUniqueInNomis.NOMIS_TEXT + ": " + rows;
    }

    @Override
    public synchronized List<Long> activeAllocationIds(String prisonId, long courseActivityId) {
        if (!prisonId.equals(prisonOf(courseActivityId))) {
            return List.of();
        }
        return allocations.stream().filter(a -> a.courseActivityId() == courseActivityId
                && "ALLOC".equals(a.request().programStatusCode())).map(AllocationRow::id).sorted().toList();
    }

    @Override
    public synchronized Optional<NomisAllocation> findAllocation(long allocationId) {
        return allocations.stream().filter(a -> a.id() == allocationId).findFirst().map(a -> {
            AllocationRequest r = a.request();
            PrisonerDetails who = prisoners.get(r.bookingId());
            return new NomisAllocation(a.id(), prisonOf(a.courseActivityId()), a.courseActivityId(),
                    who == null ? null : who.offenderNo(), r.bookingId(), r.startDate(), r.endDate(), r.suspended(),
                    r.payBandCode());
        });
    }

    @Override
    public synchronized void deleteAllocation(long referenceId) {
        allocations.stream().filter(a -> a.id() == referenceId).findFirst().ifPresent(row -> {
            allocations.remove(row);
            // its attendances go with it, unless another profile of the booking on the course activity remains
            if (allocationsOf(row.courseActivityId(), row.request().bookingId()).isEmpty()) {
                attendances.removeIf(a -> a.bookingId() == row.request().bookingId()
                        && sessions.containsKey(a.courseScheduleId())
                        && sessions.get(a.courseScheduleId()).courseActivityId() == row.courseActivityId());
            }
        });
    }

    @Override
    public synchronized void deleteAttendanceEvent(long eventId) {
        attendances.removeIf(a -> a.eventId() == eventId);
    }

    private List<NomisCourseSchedule> writeSessions(long courseActivityId, List<CourseSchedule> requested) {
        List<NomisCourseSchedule> written = new ArrayList<>();
        for (CourseSchedule schedule : requested) {
            long id;
            if (schedule.id() != null) {
                Session existing = sessions.get(schedule.id());
                if (existing == null || existing.courseActivityId() != courseActivityId) {
                    throw new UpstreamRejected(400, "Course schedule with id=" + schedule.id()
                            + " does not exist on course activity " + courseActivityId);
                }
                id = schedule.id();
            } else {
                id = nextScheduleId++;
            }
            sessions.put(id, new Session(courseActivityId, schedule));
            written.add(toSchedule(id, schedule));
        }
        return written;
    }

    private static NomisCourseSchedule toSchedule(long id, CourseSchedule s) {
        LocalDate date = s.date();
        LocalTime start = s.startTime();
        return new NomisCourseSchedule(id, date, start, s.endTime());
    }
}
