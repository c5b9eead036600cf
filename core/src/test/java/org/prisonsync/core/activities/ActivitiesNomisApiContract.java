package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;

/**
 * The {@link ActivitiesNomisApi} contract, for the in-memory twin and every adapter. Implementations may keep state
 * across tests, so each test creates course activities and bookings of its own, and the reconciliation cases use
 * prisons of their own. What the port only reads (agency switches, prisoners' details) is planted through the
 * implementation's own means ({@link #switchOn}, {@link #putPrisoner}).
 */
public abstract class ActivitiesNomisApiContract {
    private static final AtomicLong BOOKINGS = new AtomicLong(3_000_000);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final LocalTime START = LocalTime.of(9, 0);
    private static final LocalTime END = LocalTime.of(11, 30);

    private static final AtomicInteger PRISONS = new AtomicInteger(100);

    protected abstract ActivitiesNomisApi api();

    /** Switches activities on for these prisons ({@code SERVICE_AGENCY_SWITCHES}). */
    protected abstract void switchOn(String... prisonIds);

    /** NOMIS holds this booking as belonging to this prisoner, who is now where it says. */
    protected abstract void putPrisoner(PrisonerDetails details);

    /** Inserts a second program profile of the booking on the course activity, copying the first; its id. */
    protected abstract long plantAllocationCopy(long courseActivityId, long bookingId);

    /** Inserts a second attendance of the booking on the course schedule, copying the first; its event id. */
    protected abstract long plantAttendanceCopy(long courseScheduleId, long bookingId);

    /** The prisoner of this booking moved and NOMIS ended their allocations. */
    protected abstract void prisonerMoved(long bookingId);

    /** NOMIS no longer has this course schedule (a later course activity update dropped it). */
    protected abstract void deleteCourseSchedule(long courseScheduleId);

    /** A prison no other test uses (2 to 6 capitals or digits, as upstream's are). */
    private static String newPrison() {
        return "N" + PRISONS.incrementAndGet();
    }

    private static CourseActivityRequest request(List<CourseSchedule> schedules) {
        return request("MDI", schedules);
    }

    private static CourseActivityRequest request(String prisonId, List<CourseSchedule> schedules) {
        return new CourseActivityRequest("1-2", prisonId, DAY, null, 27L, 10,
                List.of(new PayRate("STD", "1", new BigDecimal("1.25"), null)), "Woodwork", "INDUSTRIES", "H",
                schedules, List.of(new ScheduleRule(START, END, Set.of(DayOfWeek.MONDAY))), true, false);
    }

    private static AllocationRequest allocation(long booking) {
        return new AllocationRequest(booking, "1", DAY, null, null, null, false, null, "ALLOC", List.of());
    }

    private static AttendanceRequest attendance() {
        return new AttendanceRequest(DAY, START, END, "SCH", null, null, null, null, false, null);
    }

    private static CourseSchedule session(Long id, LocalDate date) {
        return new CourseSchedule(id, date, START, END, false);
    }

    @Test
    void aCreatedCourseActivityAnswersItsSessionsAndIsFoundWithItsFields() {
        CourseActivityWritten written = api().createActivity(request(List.of(session(null, DAY),
                session(null, DAY.plusDays(7)))));

        assertThat(written.courseSchedules()).extracting(NomisCourseSchedule::date)
                .containsExactly(DAY, DAY.plusDays(7));
        NomisCourseActivity found = api().findActivity(written.courseActivityId()).orElseThrow();
        assertThat(found.prisonId()).isEqualTo("MDI");
        assertThat(found.capacity()).isEqualTo(10);
        assertThat(found.description()).isEqualTo("Woodwork");
    }

    @Test
    void anUpdateKeepsTheSessionsItNamesAndAddsTheNewOnes() {
        CourseActivityWritten created = api().createActivity(request(List.of(session(null, DAY))));
        long kept = created.courseSchedules().get(0).courseScheduleId();

        CourseActivityWritten updated = api().updateActivity(created.courseActivityId(),
                request(List.of(session(kept, DAY), session(null, DAY.plusDays(1)))));

        assertThat(updated.courseSchedules()).extracting(NomisCourseSchedule::courseScheduleId).contains(kept);
        assertThat(updated.courseSchedules()).hasSize(2);
    }

    @Test
    void anUnknownCourseActivityIsAbsentAndRefusesAnUpdate() {
        assertThat(api().findActivity(987_654_321L)).isEmpty();
        assertThatThrownBy(() -> api().updateActivity(987_654_321L, request(List.of())))
                .isInstanceOf(UpstreamRejected.class);
    }

    @Test
    void theHighestCourseScheduleIdIsAtLeastEverySessionWrittenAndGrowsWithANewOne() {
        CourseActivityWritten created = api().createActivity(request(List.of(session(null, DAY),
                session(null, DAY.plusDays(7)))));
        long highestWritten = created.courseSchedules().stream().mapToLong(NomisCourseSchedule::courseScheduleId)
                .max().orElseThrow();

        long highest = api().highestCourseScheduleId();
        assertThat(highest).isGreaterThanOrEqualTo(highestWritten);

        long added = api().updateCourseSchedule(created.courseActivityId(), session(null, DAY.plusDays(14)));
        assertThat(api().highestCourseScheduleId()).isGreaterThanOrEqualTo(added).isGreaterThan(highest);
    }

    @Test
    void aDeletedCourseActivityIsGoneWithItsSessionsAllocationsAndAttendancesAndDeletingAgainIsQuiet() {
        CourseActivityWritten created = api().createActivity(request(List.of(session(null, DAY))));
        long activity = created.courseActivityId();
        long courseSchedule = created.courseSchedules().get(0).courseScheduleId();
        long booking = BOOKINGS.incrementAndGet();
        api().upsertAllocation(activity, allocation(booking));
        api().upsertAttendance(courseSchedule, booking, attendance());

        api().deleteActivity(activity);

        assertThat(api().findActivity(activity)).isEmpty();
        assertThat(api().deleteAttendance(courseSchedule, booking)).isFalse();
        assertThatThrownBy(() -> api().upsertAllocation(activity, allocation(booking)))
                .isInstanceOf(UpstreamRejected.class);
        api().deleteActivity(activity);
        assertThat(api().findActivity(activity)).isEmpty();
    }

    @Test
    void aSessionWrittenAloneIsUpdatedInPlaceByItsId() {
        CourseActivityWritten created = api().createActivity(request(List.of(session(null, DAY))));
        long id = created.courseSchedules().get(0).courseScheduleId();

        long written = api().updateCourseSchedule(created.courseActivityId(), new CourseSchedule(id, DAY, START,
                END, true));

        assertThat(written).isEqualTo(id);
    }

    @Test
    void aSessionNomisNoLongerHasIsRefusedAs404WhileItsCourseActivityIsStillFound() {
        CourseActivityWritten created = api().createActivity(request(List.of(session(null, DAY))));
        long id = created.courseSchedules().get(0).courseScheduleId();
        deleteCourseSchedule(id);

        assertThatThrownBy(() -> api().updateCourseSchedule(created.courseActivityId(),
                new CourseSchedule(id, DAY, START, END, true)))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(api().findActivity(created.courseActivityId())).isPresent();
    }

    @Test
    void aMovedPrisonersAllocationIsRefusedWithNomisWordsForAPrisonerAtAnotherPrison() {
        long courseActivityId = api().createActivity(request(List.of())).courseActivityId();
        long booking = BOOKINGS.incrementAndGet();
        api().upsertAllocation(courseActivityId, allocation(booking));
        prisonerMoved(booking);

        assertThatThrownBy(() -> api().upsertAllocation(courseActivityId, new AllocationRequest(booking, "1", DAY,
                DAY.plusDays(1), AllocationRequest.END_REASON, "released", false, null, "END", List.of())))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("Prisoner is at prison=");
    }

    @Test
    void anAllocationUpsertedTwiceIsOneProgramProfile() {
        long courseActivityId = api().createActivity(request(List.of())).courseActivityId();
        long booking = BOOKINGS.incrementAndGet();
        AllocationRequest allocation = new AllocationRequest(booking, "1", DAY, null, null, null, false, null,
                "ALLOC", List.of(new AllocationExclusion(DayOfWeek.MONDAY, "AM")));

        AllocationUpserted first = api().upsertAllocation(courseActivityId, allocation);
        AllocationUpserted second = api().upsertAllocation(courseActivityId, allocation);

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.offenderProgramReferenceId()).isEqualTo(first.offenderProgramReferenceId());
        assertThat(first.prisonId()).isEqualTo("MDI");
    }

    @Test
    void anAttendanceIsUpsertedAsOneEventThenDeletedOnce() {
        CourseActivityWritten created = api().createActivity(request(List.of(session(null, DAY))));
        long courseScheduleId = created.courseSchedules().get(0).courseScheduleId();
        long booking = BOOKINGS.incrementAndGet();
        api().upsertAllocation(created.courseActivityId(), new AllocationRequest(booking, "1", DAY, null, null,
                null, false, null, "ALLOC", List.of()));
        AttendanceRequest attendance = new AttendanceRequest(DAY, START, END, "SCH", null, null, null, null,
                false, null);

        AttendanceUpsert first = api().upsertAttendance(courseScheduleId, booking, attendance);
        AttendanceUpsert second = api().upsertAttendance(courseScheduleId, booking, new AttendanceRequest(DAY,
                START, END, "COMP", "ATT", "good", false, false, true, new BigDecimal("0.50")));

        assertThat(first).isInstanceOfSatisfying(AttendanceUpsert.Upserted.class,
                u -> assertThat(u.created()).isTrue());
        assertThat(second).isInstanceOfSatisfying(AttendanceUpsert.Upserted.class, u -> {
            assertThat(u.created()).isFalse();
            assertThat(u.eventId()).isEqualTo(((AttendanceUpsert.Upserted) first).eventId());
        });
        assertThat(api().deleteAttendance(courseScheduleId, booking)).isTrue();
        assertThat(api().deleteAttendance(courseScheduleId, booking)).isFalse();
    }

    @Test
    void aSecondProgramProfileOfAKeyFailsItsUpsertAsNotUniqueIsListedAndReadAndOnceDeletedTheUpsertUpdatesTheFirst() {
        String prison = newPrison();
        long courseActivityId = api().createActivity(request(prison, List.of())).courseActivityId();
        long booking = BOOKINGS.incrementAndGet();
        long other = BOOKINGS.incrementAndGet();
        long first = api().upsertAllocation(courseActivityId, allocation(booking)).offenderProgramReferenceId();
        long neighbour = api().upsertAllocation(courseActivityId, allocation(other)).offenderProgramReferenceId();
        long copy = plantAllocationCopy(courseActivityId, booking);

        assertThatThrownBy(() -> api().upsertAllocation(courseActivityId, allocation(booking)))
                .isInstanceOf(NotUniqueInNomis.class).hasMessageContaining("query did not return a unique result");
        assertThat(api().activeAllocationIds(prison, courseActivityId)).containsExactly(first, neighbour, copy);
        assertThat(api().activeAllocationIds("ZZZ", courseActivityId)).isEmpty();
        NomisAllocation read = api().findAllocation(copy).orElseThrow();
        assertThat(read.bookingId()).isEqualTo(booking);
        assertThat(read.courseActivityId()).isEqualTo(courseActivityId);
        assertThat(read.prisonId()).isEqualTo(prison);
        assertThat(read.startDate()).isEqualTo(DAY);
        assertThat(api().findAllocation(987_654_321L)).isEmpty();

        api().deleteAllocation(copy);
        api().deleteAllocation(copy);

        assertThat(api().findAllocation(copy)).isEmpty();
        AllocationUpserted after = api().upsertAllocation(courseActivityId, allocation(booking));
        assertThat(after.created()).isFalse();
        assertThat(after.offenderProgramReferenceId()).isEqualTo(first);
        assertThat(api().activeAllocationIds(prison, courseActivityId)).containsExactly(first, neighbour);
    }

    @Test
    void aSecondAttendanceOfAKeyFailsItsUpsertAsNotUniqueAndOnceDeletedByEventIdTheUpsertUpdatesTheOther() {
        CourseActivityWritten created = api().createActivity(request(List.of(session(null, DAY))));
        long courseScheduleId = created.courseSchedules().get(0).courseScheduleId();
        long booking = BOOKINGS.incrementAndGet();
        api().upsertAllocation(created.courseActivityId(), allocation(booking));
        long first = ((AttendanceUpsert.Upserted) api().upsertAttendance(courseScheduleId, booking, attendance()))
                .eventId();
        long copy = plantAttendanceCopy(courseScheduleId, booking);

        assertThatThrownBy(() -> api().upsertAttendance(courseScheduleId, booking, attendance()))
                .isInstanceOf(NotUniqueInNomis.class).hasMessageContaining("query did not return a unique result");

        api().deleteAttendanceEvent(copy);
        api().deleteAttendanceEvent(copy);

        assertThat(api().upsertAttendance(courseScheduleId, booking, attendance()))
                .isInstanceOfSatisfying(AttendanceUpsert.Upserted.class, u -> {
                    assertThat(u.created()).isFalse();
                    assertThat(u.eventId()).isEqualTo(first);
                });
    }

    @Test
    void anAttendanceOnAnUnknownCourseScheduleIsRefused() {
        assertThatThrownBy(() -> api().upsertAttendance(987_654_321L, BOOKINGS.incrementAndGet(),
                new AttendanceRequest(DAY, START, END, "SCH", null, null, null, null, false, null)))
                .isInstanceOf(UpstreamRejected.class);
    }

    private static AllocationRequest allocation(long booking, boolean suspended, String programStatusCode) {
        return new AllocationRequest(booking, "1", DAY, "END".equals(programStatusCode) ? DAY.plusDays(1) : null,
                "END".equals(programStatusCode) ? AllocationRequest.END_REASON : null, null, suspended, null,
                programStatusCode, List.of());
    }

    private static AttendanceRequest attendance(LocalDate date, boolean paid) {
        return new AttendanceRequest(date, START, END, "COMP", "ATT", null, false, false, paid, null);
    }

    @Test
    void allocationCountsAreEachBookingsAllocatedProgramProfilesAtThePrisonAndTheSuspendedOnesApart() {
        String prison = newPrison();
        String elsewhere = newPrison();
        long woodwork = api().createActivity(request(prison, List.of())).courseActivityId();
        long gym = api().createActivity(request(prison, List.of())).courseActivityId();
        long away = api().createActivity(request(elsewhere, List.of())).courseActivityId();
        long twice = BOOKINGS.incrementAndGet();
        long suspended = BOOKINGS.incrementAndGet();
        long ended = BOOKINGS.incrementAndGet();
        long movedAway = BOOKINGS.incrementAndGet();
        api().upsertAllocation(woodwork, allocation(twice, false, "ALLOC"));
        api().upsertAllocation(gym, allocation(twice, false, "ALLOC"));
        api().upsertAllocation(woodwork, allocation(suspended, true, "ALLOC"));
        api().upsertAllocation(woodwork, allocation(ended, false, "END"));
        api().upsertAllocation(away, allocation(movedAway, false, "ALLOC"));

        assertThat(api().allocationCounts(prison, false)).containsExactlyInAnyOrder(
                new BookingCount(twice, 2), new BookingCount(suspended, 1));
        assertThat(api().allocationCounts(prison, true)).containsExactly(new BookingCount(suspended, 1));
        assertThat(api().allocationCounts(elsewhere, false)).containsExactly(new BookingCount(movedAway, 1));
        assertThat(api().allocationCounts(elsewhere, true)).isEmpty();
    }

    @Test
    void attendanceCountsArePaidAttendancesOnTheDateAskedOnly() {
        String prison = newPrison();
        LocalDate nextWeek = DAY.plusDays(7);
        CourseActivityWritten created = api().createActivity(request(prison, List.of(session(null, DAY),
                new CourseSchedule(null, DAY, END, END.plusHours(2), false), session(null, nextWeek))));
        long morning = created.courseSchedules().get(0).courseScheduleId();
        long afternoon = created.courseSchedules().get(1).courseScheduleId();
        long later = created.courseSchedules().get(2).courseScheduleId();
        long paidTwice = BOOKINGS.incrementAndGet();
        long unpaidThenPaid = BOOKINGS.incrementAndGet();
        api().upsertAllocation(created.courseActivityId(), allocation(paidTwice, false, "ALLOC"));
        api().upsertAllocation(created.courseActivityId(), allocation(unpaidThenPaid, false, "ALLOC"));
        api().upsertAttendance(morning, paidTwice, attendance(DAY, true));
        api().upsertAttendance(afternoon, paidTwice, new AttendanceRequest(DAY, END, END.plusHours(2), "COMP",
                "ATT", null, false, false, true, null));
        api().upsertAttendance(morning, unpaidThenPaid, attendance(DAY, false));
        api().upsertAttendance(later, unpaidThenPaid, attendance(nextWeek, true));

        assertThat(api().attendanceCounts(prison, DAY)).containsExactly(new BookingCount(paidTwice, 2));
        assertThat(api().attendanceCounts(prison, nextWeek)).containsExactly(new BookingCount(unpaidThenPaid, 1));
        assertThat(api().attendanceCounts(prison, DAY.plusDays(1))).isEmpty();
        assertThat(api().attendanceCounts(newPrison(), DAY)).isEmpty();
    }

    @Test
    void aPrisonWithNothingCountsNothingEvenWhenSwitchedOn() {
        String empty = newPrison();
        switchOn(empty);

        assertThat(api().activityPrisons()).contains(empty);
        assertThat(api().allocationCounts(empty, false)).isEmpty();
        assertThat(api().allocationCounts(empty, true)).isEmpty();
        assertThat(api().attendanceCounts(empty, DAY)).isEmpty();
    }

    @Test
    void theActivityPrisonsAreThoseSwitchedOnAndNoOthers() {
        String first = newPrison();
        String second = newPrison();
        String notSwitched = newPrison();
        switchOn(first, second);

        assertThat(api().activityPrisons()).contains(first, second).doesNotContain(notSwitched)
                .doesNotHaveDuplicates();
    }

    @Test
    void prisonerDetailsAnswerTheKnownBookingsAndLeaveOutUnknownOnes() {
        long inPrison = BOOKINGS.incrementAndGet();
        long released = BOOKINGS.incrementAndGet();
        long unknown = BOOKINGS.incrementAndGet();
        PrisonerDetails here = new PrisonerDetails(prisonerNumber(inPrison), inPrison, "MDI", true);
        PrisonerDetails out = new PrisonerDetails(prisonerNumber(released), released, "OUT", false);
        putPrisoner(here);
        putPrisoner(out);

        assertThat(api().prisonerDetails(List.of(inPrison, unknown, released))).containsExactlyInAnyOrder(here, out);
        assertThat(api().prisonerDetails(List.of(released))).containsExactly(out);
        assertThat(api().prisonerDetails(List.of(unknown))).isEmpty();
    }

    /** A prisoner number of upstream's form (A1234BC) for a booking. */
    private static String prisonerNumber(long booking) {
        return String.format("G%04dAB", booking % 10_000);
    }
}
