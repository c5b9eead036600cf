package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** A course schedule NOMIS answered with ({@code CreateScheduledInstanceResponse}): its id, day and times. */
public record NomisCourseSchedule(long courseScheduleId, LocalDate date, LocalTime startTime, LocalTime endTime) {
    public NomisCourseSchedule {
        Activities.requirePositive(courseScheduleId, "courseScheduleId");
        Objects.requireNonNull(date, "date");
        Activities.requireTimes(startTime, endTime);
    }
}
