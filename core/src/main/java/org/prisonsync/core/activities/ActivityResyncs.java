package org.prisonsync.core.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * Upstream's manual synchronisations ({@code POST}/{@code PUT /activities/{activityScheduleId}},
 * {@code PUT /allocations/{allocationId}}, {@code PUT /attendances/{attendanceId}}) and ours of one scheduled
 * instance, each a repair with a dry run. A real run is the sync's own handler for that DPS id, run as an event would
 * run it (its claim, DPS read again, its telemetry): nothing here writes NOMIS itself. The dry run reads DPS and the
 * mappings only and says what the handler would do, or why it would not.
 *
 * <p>How the handler's outcome reads: written (or already mapped) is done; NOMIS's ignorable refusals, a record DPS
 * holds that NOMIS cannot take, a key NOMIS holds twice, or another consumer writing it now are refused with the
 * reason (nothing was written); a NOMIS or DPS failure is {@link UpstreamUnavailable}, as any repair's.
 */
public final class ActivityResyncs {
    public static final String CREATE_SCHEDULE = "activities-create-schedule";
    public static final String UPDATE_SCHEDULE = "activities-resync-schedule";
    public static final String INSTANCE = "activities-resync-scheduled-instance";
    public static final String ALLOCATION = "activities-resync-allocation";
    public static final String ATTENDANCE = "activities-resync-attendance";
    private static final String QUEUE = "manual-sync";

    /** Each handler's work by DPS id. */
    record Syncs(BiFunction<Long, MessageContext, SyncOutcome> createSchedule,
                 BiFunction<Long, MessageContext, SyncOutcome> updateSchedule,
                 BiFunction<Long, MessageContext, SyncOutcome> instance,
                 BiFunction<Long, MessageContext, SyncOutcome> allocation,
                 BiFunction<Long, MessageContext, SyncOutcome> attendance) {
    }

    private final ActivitiesDpsApi dps;
    private final MappingStore mappings;
    private final MappedParents parents;
    private final Syncs syncs;
    private final Telemetry telemetry;
    private final Clock clock;

    ActivityResyncs(ActivitiesDpsApi dps, MappingStore mappings, Syncs syncs, Telemetry telemetry, Clock clock) {
        this.dps = dps;
        this.mappings = mappings;
        this.parents = new MappedParents(mappings);
        this.syncs = syncs;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    /** {@code POST /activities/{activityScheduleId}}: creates the course activity of a schedule not mapped yet. */
    public RepairReport createSchedule(long scheduleId, boolean dryRun) {
        Optional<ActivitySchedule> schedule = dps.findSchedule(scheduleId, LocalDate.now(clock));
        if (schedule.isEmpty()) {
            return RepairReport.notFound(CREATE_SCHEDULE, dryRun, "DPS has no activity schedule " + scheduleId);
        }
        Optional<Mapping> mapping = courseActivityOf(scheduleId);
        if (mapping.isPresent()) {
            return RepairReport.nothingToDo(CREATE_SCHEDULE, dryRun, "DPS activity schedule " + scheduleId
                    + " is mapped to NOMIS course activity " + mapping.get().nomisId()
                    + " already: re-synchronise it instead (PUT /activities/" + scheduleId + ")");
        }
        ActivitySchedule s = schedule.get();
        return run(CREATE_SCHEDULE, dryRun, "create a NOMIS course activity for DPS activity schedule " + scheduleId
                + " (" + describe(s) + ") with its pay rates, rules and " + s.instances().size()
                + " session(s) from today, and map it", syncs.createSchedule(), scheduleId);
    }

    /** {@code PUT /activities/{activityScheduleId}}: writes the schedule over its mapped course activity. */
    public RepairReport updateSchedule(long scheduleId, boolean dryRun) {
        Optional<ActivitySchedule> schedule = dps.findSchedule(scheduleId, LocalDate.now(clock));
        if (schedule.isEmpty()) {
            return RepairReport.notFound(UPDATE_SCHEDULE, dryRun, "DPS has no activity schedule " + scheduleId);
        }
        Optional<Mapping> mapping = courseActivityOf(scheduleId);
        if (mapping.isEmpty()) {
            return RepairReport.refused(UPDATE_SCHEDULE, dryRun, "DPS activity schedule " + scheduleId
                    + " has no NOMIS course activity mapped: create it instead (POST /activities/" + scheduleId + ")");
        }
        ActivitySchedule s = schedule.get();
        return run(UPDATE_SCHEDULE, dryRun, "write DPS activity schedule " + scheduleId + " (" + describe(s)
                + ", " + s.instances().size() + " session(s) from today) over NOMIS course activity "
                + mapping.get().nomisId() + ": pay rates, rules and sessions added, changed or removed",
                syncs.updateSchedule(), scheduleId);
    }

    /** Ours, no upstream endpoint: writes one scheduled instance to its course schedule, as its amend event does. */
    public RepairReport instance(long instanceId, boolean dryRun) {
        Optional<ScheduledInstance> found = dps.findScheduledInstance(instanceId);
        if (found.isEmpty()) {
            return RepairReport.notFound(INSTANCE, dryRun, "DPS has no scheduled instance " + instanceId);
        }
        ScheduledInstance instance = found.get();
        Optional<Long> parent = parents.courseActivity(instance.activityScheduleId(), new LinkedHashMap<>());
        if (parent.isEmpty()) {
            return RepairReport.refused(INSTANCE, dryRun, MappedParents.courseActivityNotMappedYet(
                    instance.activityScheduleId()) + ": re-synchronise the schedule first");
        }
        Optional<Long> own = parents.courseSchedule(instanceId, new LinkedHashMap<>());
        String session = instance.date() + " " + instance.startTime() + "-" + instance.endTime()
                + (instance.cancelled() ? ", cancelled" : "");
        return run(INSTANCE, dryRun, own.map(id -> "write DPS scheduled instance " + instanceId + " (" + session
                        + ") to its NOMIS course schedule " + id + " on course activity " + parent.get())
                        .orElse("create a NOMIS course schedule on course activity " + parent.get()
                                + " for DPS scheduled instance " + instanceId + " (" + session + ") and map it"),
                syncs.instance(), instanceId);
    }

    /** {@code PUT /allocations/{allocationId}}: upserts the allocation's program profile. */
    public RepairReport allocation(long allocationId, boolean dryRun) {
        Optional<Allocation> found = dps.findAllocation(allocationId);
        if (found.isEmpty()) {
            return RepairReport.notFound(ALLOCATION, dryRun, "DPS has no allocation " + allocationId);
        }
        Allocation a = found.get();
        Optional<Long> parent = parents.courseActivity(a.scheduleId(), new LinkedHashMap<>());
        if (parent.isEmpty()) {
            return RepairReport.refused(ALLOCATION, dryRun, MappedParents.courseActivityNotMappedYet(a.scheduleId())
                    + ": re-synchronise the schedule first");
        }
        return run(ALLOCATION, dryRun, "upsert the NOMIS program profile of " + a.prisonerNumber() + " booking "
                + a.bookingId() + " on course activity " + parent.get() + " from DPS allocation " + allocationId
                + " (" + a.status() + (a.nomisPayBand() == null ? "" : ", pay band " + a.nomisPayBand()) + ")",
                syncs.allocation(), allocationId);
    }

    /** {@code PUT /attendances/{attendanceId}}: upserts the attendance on its course schedule. */
    public RepairReport attendance(long attendanceId, boolean dryRun) {
        Optional<AttendanceSync> found = dps.findAttendance(attendanceId);
        if (found.isEmpty()) {
            return RepairReport.notFound(ATTENDANCE, dryRun, "DPS has no attendance " + attendanceId);
        }
        AttendanceSync a = found.get();
        Optional<Long> session = parents.courseSchedule(a.scheduledInstanceId(), new LinkedHashMap<>());
        if (session.isEmpty()) {
            return RepairReport.refused(ATTENDANCE, dryRun, MappedParents.courseScheduleNotMappedYet(
                    a.scheduledInstanceId()) + ": re-synchronise the scheduled instance first");
        }
        return run(ATTENDANCE, dryRun, "upsert the NOMIS attendance of " + a.prisonerNumber() + " booking "
                + a.bookingId() + " on course schedule " + session.get() + " (" + a.sessionDate() + ") from DPS "
                + "attendance " + attendanceId + " (" + a.status()
                + (a.attendanceReasonCode() == null ? "" : ", " + a.attendanceReasonCode()) + ")",
                syncs.attendance(), attendanceId);
    }

    private RepairReport run(String name, boolean dryRun, String action, BiFunction<Long, MessageContext,
            SyncOutcome> sync, long id) {
        List<String> actions = List.of(action);
        if (dryRun) {
            return RepairReport.of(name, true, actions, "");
        }
        SyncOutcome outcome = sync.apply(id, new MessageContext(QUEUE, "manual-" + UUID.randomUUID(), 1));
        telemetry.track(outcome.event(), outcome.properties());
        String said = outcome.event() + written(outcome.properties());
        if (outcome instanceof SyncOutcome.Synced || outcome instanceof SyncOutcome.Deferred) {
            return RepairReport.of(name, false, actions, said);
        }
        if (outcome instanceof SyncOutcome.MappingRetryQueued) {
            return RepairReport.of(name, false, actions, said + "; the mapping is saved by its retry");
        }
        if (outcome instanceof SyncOutcome.AlreadyMapped) {
            return RepairReport.nothingToDo(name, false, said + ": already mapped");
        }
        if (outcome instanceof SyncOutcome.Ignored ignored) {
            return RepairReport.refused(name, false, "NOMIS did not take it (" + said + "): " + ignored.reason());
        }
        if (outcome instanceof SyncOutcome.Duplicate) {
            return RepairReport.refused(name, false, "written, but its mapping collides with another (" + said
                    + "): see the duplicate report");
        }
        if (outcome instanceof SyncOutcome.Rejected rejected) {
            return RepairReport.refused(name, false, rejected.reason());
        }
        return retried(name, (SyncOutcome.RetryLater) outcome);
    }

    private static RepairReport retried(String name, SyncOutcome.RetryLater outcome) {
        if (outcome.event().endsWith("-awaiting-claim")) {
            return RepairReport.refused(name, false, "the sync is writing it now; try again in a few seconds ("
                    + outcome.reason() + ")");
        }
        if (outcome.event().startsWith(DuplicateRows.ALLOCATION_DUPLICATE)
                || outcome.event().startsWith(DuplicateRows.ATTENDANCE_DUPLICATE)) {
            return RepairReport.refused(name, false, outcome.reason() + "; "
                    + outcome.properties().getOrDefault("action", "delete the extra row first"));
        }
        throw new UpstreamUnavailable("not written (" + outcome.event() + "): " + outcome.reason());
    }

    private Optional<Mapping> courseActivityOf(long scheduleId) {
        return mappings.findByDpsId(ActivitiesSync.ENTITY_TYPE, Long.toString(scheduleId));
    }

    private static String written(Map<String, String> properties) {
        StringBuilder ids = new StringBuilder();
        for (String key : List.of("nomisCourseActivityId", "nomisCourseScheduleId", "nomisAllocationId",
                "nomisAttendanceEventId")) {
            if (properties.containsKey(key)) {
                ids.append(ids.length() == 0 ? ": " : ", ").append(key).append(' ').append(properties.get(key));
            }
        }
        return ids.toString();
    }

    private static String describe(ActivitySchedule s) {
        return s.description() + " at " + s.prisonCode() + " from " + s.startDate();
    }
}
