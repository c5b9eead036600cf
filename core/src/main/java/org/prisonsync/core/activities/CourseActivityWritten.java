package org.prisonsync.core.activities;

import java.util.List;
import java.util.Objects;

/** NOMIS's {@code CreateActivityResponse}: the course activity's id and its course schedules. */
public record CourseActivityWritten(long courseActivityId, List<NomisCourseSchedule> courseSchedules) {
    public CourseActivityWritten {
        Activities.requirePositive(courseActivityId, "courseActivityId");
        courseSchedules = List.copyOf(Objects.requireNonNull(courseSchedules, "courseSchedules"));
    }
}
