package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * NOMIS's {@code CourseScheduleRequest}: one session of a course activity; {@code id} is the NOMIS course schedule
 * id when it is known (mapped), null for a session NOMIS should create.
 */
public record CourseSchedule(Long id, LocalDate date, LocalTime startTime, LocalTime endTime, boolean cancelled) {
    public CourseSchedule {
        if (id != null) {
            Activities.requirePositive(id, "course schedule id");
        }
        Objects.requireNonNull(date, "date");
        Activities.requireTimes(startTime, endTime);
    }
}
