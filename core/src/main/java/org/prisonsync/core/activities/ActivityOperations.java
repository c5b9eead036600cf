package org.prisonsync.core.activities;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.operation.Params;
import org.prisonsync.core.operation.TextRenderer;

/**
 * Activities' own repairs, at the role of upstream's activities repairs. The reconciliations' runs and repairs are
 * the engine's operations ({@code reconciliation … activity-…}).
 */
public final class ActivityOperations {
    static final String ROLE = "ROLE_PRISONER_TO_NOMIS__UPDATE__RW";

    private ActivityOperations() {
    }

    public static List<Operation> all(Supplier<ActivitiesDomain> domain) {
        return List.of(Operation.repair(DuplicateCourseActivity.NAME).role(ROLE)
                        .delete("/activities/nomis-course-activity-id/{courseActivityId}/duplicate")
                        .cli("activities", "delete-duplicate")
                        .summary("Deletes a NOMIS course activity that copies a mapped one; dry run first.")
                        .description("Seed 000, 'duplicate activity detected': deletes the NOMIS course activity "
                                + "named by duplicateNomisCourseActivityId with NOMIS's data-fix delete of a course "
                                + "activity, which takes its schedules, allocations and attendances with it. Refuses a "
                                + "mapped course activity, and one that is not a copy (prison, program, description, "
                                + "start date) of the mapped course activity named by existingCourseActivityId.")
                        .param(Param.path("courseActivityId", ParamType.LONG, "the duplicate NOMIS course activity")
                                .range(1, Long.MAX_VALUE).positional("COURSE_ACTIVITY_ID"))
                        .param(Param.query("existingCourseActivityId", ParamType.LONG,
                                "the mapped NOMIS course activity it copies (existingNomisCourseActivityId)")
                                .range(1, Long.MAX_VALUE).mandatory())
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().duplicates().delete(p.longValue("courseActivityId"),
                                p.longValue("existingCourseActivityId"), p.dryRun()))),
                Operation.repair(DuplicateRows.DELETE_ALLOCATION).role(ROLE)
                        .delete("/activities/nomis-allocation-id/{allocationId}/duplicate")
                        .cli("activities", "delete-duplicate-allocation")
                        .summary("Deletes a NOMIS program profile duplicating another of its key; dry run first.")
                        .description("Seed 000, 'duplicate allocations and attendances': two active "
                                + "OFFENDER_PROGRAM_PROFILES rows of one booking on one course activity fail every "
                                + "later allocation upsert with 'query did not return a unique result'. Deletes the "
                                + "one named by allocationId (OFF_PRGREF_ID) with NOMIS's DELETE /allocations/"
                                + "{referenceId}, which takes its pay bands and attendances, once NOMIS lists it and "
                                + "the one named by existingAllocationId as active rows of the same course activity "
                                + "and booking (activity-allocation-duplicate names both). The failing message then "
                                + "succeeds on its next retry: no DLQ purge.")
                        .param(Param.path("allocationId", ParamType.LONG, "the NOMIS program profile to delete "
                                + "(duplicateNomisAllocationId)").range(1, Long.MAX_VALUE).positional("ALLOCATION_ID"))
                        .param(Param.query("existingAllocationId", ParamType.LONG, "the NOMIS program profile of the "
                                + "same key that stays (existingNomisAllocationId)").range(1, Long.MAX_VALUE)
                                .mandatory())
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().duplicateRows().deleteAllocation(
                                p.longValue("allocationId"), p.longValue("existingAllocationId"), p.dryRun()))),
                Operation.repair(DuplicateRows.DELETE_ATTENDANCE).role(ROLE)
                        .delete("/activities/nomis-attendance-event-id/{eventId}/duplicate")
                        .cli("activities", "delete-duplicate-attendance")
                        .summary("Deletes a NOMIS attendance duplicating another of its key; dry run first.")
                        .description("Seed 000, 'duplicate allocations and attendances': two OFFENDER_COURSE_ATTENDANCES"
                                + " rows of one booking on one course schedule fail every later attendance upsert "
                                + "with 'query did not return a unique result'. NOMIS serves no read of attendances, "
                                + "so the EVENT_ID comes from the seed's SQL (the activity-attendance-duplicate alert "
                                + "gives it). Deletes that event with NOMIS's DELETE /attendances/{eventId} only when "
                                + "the sync has reported the key of DPS attendance attendanceId duplicated, then runs "
                                + "that attendance's own upsert, which says whether the key is single again. The "
                                + "failing message then succeeds on its next retry: no DLQ purge.")
                        .param(Param.path("eventId", ParamType.LONG, "the NOMIS attendance to delete (EVENT_ID)")
                                .range(1, Long.MAX_VALUE).positional("EVENT_ID"))
                        .param(Param.query("attendanceId", ParamType.LONG, "the DPS attendance whose NOMIS key is "
                                + "duplicated (dpsAttendanceId)").range(1, Long.MAX_VALUE).mandatory())
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().duplicateRows().deleteAttendance(p.longValue("eventId"),
                                p.longValue("attendanceId"), p.dryRun()))),
                Operation.repair(PreprodRefreshPrune.NAME).role(ROLE)
                .post("/activities/mappings/prune")
                .cli("activities", "prune-mappings")
                .summary("Deletes the mappings above NOMIS's and DPS's highest ids; dry run first.")
                .description("Seed 000, after a preprod refresh: deletes course activity mappings whose NOMIS course "
                        + "activity id or DPS activity schedule id is above that side's highest, and scheduled "
                        + "instance mappings whose NOMIS course schedule id or DPS scheduled instance id is above "
                        + "that side's highest (the seed's four deletes). NOMIS's highest course schedule id is read "
                        + "from NOMIS (GET /schedules/max-id) unless given; upstream serves no read of the other "
                        + "three, so they are given as the seed's SQL finds them: the highest crs_acty_id of "
                        + "NOMIS's course_activities, and the highest activity_schedule_id of activity_schedules and "
                        + "scheduled_instance_id of scheduled_instances in DPS.")
                .param(highest("highestCourseActivityId", "NOMIS's highest course activity id, "
                        + "max(crs_acty_id)").mandatory())
                .param(highest("highestActivityScheduleId", "DPS's highest activity schedule id, "
                        + "max(activity_schedule_id)").mandatory())
                .param(highest("highestScheduledInstanceId", "DPS's highest scheduled instance id, "
                        + "max(scheduled_instance_id)").mandatory())
                .param(highest("highestCourseScheduleId", "NOMIS's highest course schedule id, max(crs_sch_id); "
                        + "read from NOMIS when left out"))
                .renderer(TextRenderer.REPAIR)
                .handler(p -> Answer.of(domain.get().prune().prune(highestIds(p), p.dryRun()))));
    }

    private static Param highest(String name, String description) {
        return Param.query(name, ParamType.LONG, description).range(0, Long.MAX_VALUE);
    }

    private static PreprodRefreshPrune.HighestIds highestIds(Params p) {
        return new PreprodRefreshPrune.HighestIds(p.longValue("highestCourseActivityId"),
                p.optional("highestCourseScheduleId", Long.class).map(OptionalLong::of).orElse(OptionalLong.empty()),
                p.longValue("highestActivityScheduleId"), p.longValue("highestScheduledInstanceId"));
    }
}
