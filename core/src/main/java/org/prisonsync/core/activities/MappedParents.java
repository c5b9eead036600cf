package org.prisonsync.core.activities;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.mapping.MappingStore;

/**
 * The NOMIS parents an allocation, attendance or session is written under, found through their mappings: the course
 * activity of a DPS activity schedule, the course schedule of a DPS scheduled instance. A found parent's NOMIS id
 * joins the telemetry properties; a parent not mapped yet is a child that must wait (retried, with the sentence here).
 */
final class MappedParents {
    private final MappingStore mappings;

    MappedParents(MappingStore mappings) {
        this.mappings = mappings;
    }

    /** The NOMIS course activity of DPS activity schedule {@code scheduleId}, put in {@code props} when found. */
    Optional<Long> courseActivity(long scheduleId, Map<String, String> props) {
        props.put("dpsActivityScheduleId", Long.toString(scheduleId));
        Optional<Long> found = mappings.findByDpsId(ActivitiesSync.ENTITY_TYPE, Long.toString(scheduleId))
                .map(m -> CourseActivityWriter.courseActivityId(m.nomisId()));
        found.ifPresent(id -> props.put("nomisCourseActivityId", Long.toString(id)));
        return found;
    }

    /** The NOMIS course schedule of DPS scheduled instance {@code instanceId}, put in {@code props} when found. */
    Optional<Long> courseSchedule(long instanceId, Map<String, String> props) {
        props.put("dpsScheduledInstanceId", Long.toString(instanceId));
        Optional<Long> found = mappings.findByDpsId(ActivitiesSync.SCHEDULE_ENTITY_TYPE, Long.toString(instanceId))
                .map(m -> CourseActivityWriter.nomisNumber(m.nomisId()));
        found.ifPresent(id -> props.put("nomisCourseScheduleId", Long.toString(id)));
        return found;
    }

    static String courseActivityNotMappedYet(long scheduleId) {
        return "activity schedule " + scheduleId + " has no NOMIS course activity mapped yet";
    }

    static String courseScheduleNotMappedYet(long instanceId) {
        return "scheduled instance " + instanceId + " has no NOMIS course schedule mapped yet";
    }
}
