package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;

/**
 * The {@link ActivitiesNomisApi} contract, for the in-memory twin and every adapter. Implementations may keep state
 * across tests, so each test creates course activities and bookings of its own.
 */
public abstract class ActivitiesNomisApiContract {
    private static final AtomicLong BOOKINGS = new AtomicLong(3_000_000);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final LocalTime START = LocalTime.of(9, 0);
    private static final LocalTime END = LocalTime.of(11, 30);

    protected abstract ActivitiesNomisApi api();

    private static CourseActivityRequest request(List<CourseSchedule> schedules) {
        return new CourseActivityRequest("1-2", "MDI", DAY, null, 27L, 10,
                List.of(new PayRate("STD", "1", new BigDecimal("1.25"), null)), "Woodwork", "INDUSTRIES", "H",
                schedules, List.of(new ScheduleRule(START, END, Set.of(DayOfWeek.MONDAY))), true, false);
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
    void aSessionWrittenAloneIsUpdatedInPlaceByItsId() {
        CourseActivityWritten created = api().createActivity(request(List.of(session(null, DAY))));
        long id = created.courseSchedules().get(0).courseScheduleId();

        long written = api().updateCourseSchedule(created.courseActivityId(), new CourseSchedule(id, DAY, START,
                END, true));

        assertThat(written).isEqualTo(id);
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
    void anAttendanceOnAnUnknownCourseScheduleIsRefused() {
        assertThatThrownBy(() -> api().upsertAttendance(987_654_321L, BOOKINGS.incrementAndGet(),
                new AttendanceRequest(DAY, START, END, "SCH", null, null, null, null, false, null)))
                .isInstanceOf(UpstreamRejected.class);
    }
}
