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
