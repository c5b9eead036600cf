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
        List<Operation> all = new java.util.ArrayList<>(repairs(domain));
        all.addAll(resyncs(domain));
        return List.copyOf(all);
    }

    /** Upstream's manual synchronisations, and ours of one scheduled instance: the sync's own handler per DPS id. */
    private static List<Operation> resyncs(Supplier<ActivitiesDomain> domain) {
        String same = " Runs the sync's own handler for it, as its event would (claim, DPS read again, telemetry);"
                + " the dry run reads DPS and the mappings only and says what it would write.";
        return List.of(Operation.repair(ActivityResyncs.CREATE_SCHEDULE).role(ROLE)
                        .post("/activities/{activityScheduleId}")
                        .cli("activities", "create-schedule")
                        .summary("Creates a DPS activity schedule's course activity in NOMIS; dry run first.")
                        .description("Upstream's synchroniseCreateActivity: creates the NOMIS course activity of a "
                                + "DPS activity schedule not mapped yet, with its pay rates, rules and sessions from "
                                + "today, and maps it and its sessions. A mapped schedule is nothing to do." + same)
                        .param(id("activityScheduleId", "the DPS activity schedule", "ACTIVITY_SCHEDULE_ID"))
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().resyncs().createSchedule(
                                p.longValue("activityScheduleId"), p.dryRun()))),
                Operation.repair(ActivityResyncs.UPDATE_SCHEDULE).role(ROLE)
                        .put("/activities/{activityScheduleId}")
                        .cli("activities", "resync-schedule")
                        .summary("Writes a DPS activity schedule over its mapped course activity; dry run first.")
                        .description("Upstream's synchroniseUpdateActivity: writes the DPS activity schedule as it is "
                                + "now over its mapped NOMIS course activity, pay rates, rules and sessions added, "
                                + "changed or removed, and maps new sessions. Refuses a schedule not mapped." + same)
                        .param(id("activityScheduleId", "the DPS activity schedule", "ACTIVITY_SCHEDULE_ID"))
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().resyncs().updateSchedule(
                                p.longValue("activityScheduleId"), p.dryRun()))),
                Operation.repair(ActivityResyncs.INSTANCE).role(ROLE)
                        .put("/activities/scheduled-instances/{scheduledInstanceId}")
                        .cli("activities", "resync-scheduled-instance")
                        .summary("Writes a DPS scheduled instance to its NOMIS course schedule; dry run first.")
                        .description("Ours (upstream has none): writes one DPS scheduled instance (date, times, "
                                + "cancelled) to its mapped NOMIS course schedule, or creates and maps one, as the "
                                + "activities.scheduled-instance.amended event does. Refuses an instance whose "
                                + "schedule is not mapped." + same)
                        .param(id("scheduledInstanceId", "the DPS scheduled instance", "SCHEDULED_INSTANCE_ID"))
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().resyncs().instance(
                                p.longValue("scheduledInstanceId"), p.dryRun()))),
                Operation.repair(ActivityResyncs.ALLOCATION).role(ROLE)
                        .put("/allocations/{allocationId}")
                        .cli("activities", "resync-allocation")
                        .summary("Upserts a DPS allocation into NOMIS as DPS has it now; dry run first.")
                        .description("Upstream's synchroniseUpsertAllocation: upserts the NOMIS program profile of "
                                + "the allocation's booking on its mapped course activity (status, pay band, dates, "
                                + "end reason, suspension, exclusions). Refuses an allocation whose schedule is not "
                                + "mapped, and says so when NOMIS holds the key twice." + same)
                        .param(id("allocationId", "the DPS allocation", "ALLOCATION_ID"))
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().resyncs().allocation(p.longValue("allocationId"),
                                p.dryRun()))),
                Operation.repair(ActivityResyncs.ATTENDANCE).role(ROLE)
                        .put("/attendances/{attendanceId}")
                        .cli("activities", "resync-attendance")
                        .summary("Upserts a DPS attendance into NOMIS as DPS has it now; dry run first.")
                        .description("Upstream's synchroniseUpsertAttendance: upserts the NOMIS attendance of the "
                                + "booking on the course schedule mapped to the attendance's scheduled instance. "
                                + "NOMIS's 'already paid' and 'prisoner moved' refusals, and a key NOMIS holds "
                                + "twice, are refused with the reason; nothing is written then." + same)
                        .param(id("attendanceId", "the DPS attendance", "ATTENDANCE_ID"))
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().resyncs().attendance(p.longValue("attendanceId"),
                                p.dryRun()))));
    }

    private static Param id(String name, String description, String label) {
        return Param.path(name, ParamType.LONG, description).range(1, Long.MAX_VALUE).positional(label);
    }

    private static List<Operation> repairs(Supplier<ActivitiesDomain> domain) {
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
                                + "one named by allocationId (OFF_PRGREF_ID) with NOMIS's deleteAllocation, which "
                                + "takes its pay bands and attendances, once NOMIS lists it and "
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
                                + "gives it). Deletes that event with NOMIS's deleteAttendanceByEventId only when "
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
