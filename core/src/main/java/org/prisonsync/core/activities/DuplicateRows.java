package org.prisonsync.core.activities;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * Seed 000's "duplicate allocations and attendances": an {@code OFFENDER_PROGRAM_PROFILES} key (course activity +
 * booking, {@code ALLOC}) or an {@code OFFENDER_COURSE_ATTENDANCES} key (course schedule + booking) holding two rows
 * fails every later upsert of it with NOMIS's 500 "query did not return a unique result".
 *
 * <p>Detection: the upsert's handler hands the failure here. The first failure of a key is reported
 * ({@code activity-allocation-duplicate} / {@code activity-attendance-duplicate}, posted to operators) with the ids
 * to delete; later failures of the same key are {@code …-duplicate-awaiting-repair}, not posted, until the repair ran
 * or a day has passed. "First" is a claim on the key ({@code ACTIVITY_ALLOCATION_DUPLICATE}, {@code
 * ACTIVITY_ATTENDANCE_DUPLICATE}) held for a day, so two consumers or instances report a key once. Either way the
 * message is retried on its ladder, so once the extra row is deleted it succeeds without a DLQ purge.
 *
 * <p>NOMIS lists a course activity's active program profiles ({@code GET /allocations/ids}) and reads each
 * ({@code GET /allocations/{allocationId}}), so a duplicate allocation is reported with every row's id, the lowest
 * kept. NOMIS serves no read of attendances, so a duplicate attendance is reported by its key and the SQL of the
 * seed that finds its {@code EVENT_ID}s.
 *
 * <p>Repairs (dry run first): {@link #deleteAllocation} deletes a program profile only when NOMIS holds it and the
 * one it duplicates active on the same course activity and booking; {@link #deleteAttendance} deletes the event id it
 * is given only for a DPS attendance whose NOMIS key the sync has reported duplicated, then re-runs that
 * attendance's own upsert, which proves the key single again (or says it is not).
 */
public final class DuplicateRows {
    public static final String DELETE_ALLOCATION = "activities-delete-duplicate-allocation";
    public static final String DELETE_ATTENDANCE = "activities-delete-duplicate-attendance";
    static final String ALLOCATION_DUPLICATE = "activity-allocation-duplicate";
    static final String ATTENDANCE_DUPLICATE = "activity-attendance-duplicate";
    static final String AWAITING_REPAIR = "-awaiting-repair";
    static final String ALLOCATION_REPORTED = "ACTIVITY_ALLOCATION_DUPLICATE";
    static final String ATTENDANCE_REPORTED = "ACTIVITY_ATTENDANCE_DUPLICATE";
    /** How long a report stands before a key still failing is reported again. */
    static final Duration REPORT_AGAIN_AFTER = Duration.ofDays(1);

    private final ActivitiesNomisApi nomis;
    private final ActivitiesDpsApi dps;
    private final MappedParents parents;
    private final WriteClaims claims;
    private final Clock clock;
    private final Telemetry telemetry;
    private BiFunction<Long, MessageContext, SyncOutcome> attendanceUpsert;

    DuplicateRows(ActivitiesNomisApi nomis, ActivitiesDpsApi dps, MappedParents parents, WriteClaims claims,
                  Clock clock, Telemetry telemetry) {
        this.nomis = nomis;
        this.dps = dps;
        this.parents = parents;
        this.claims = claims;
        this.clock = clock;
        this.telemetry = telemetry;
    }

    /** The attendance handler's own upsert by DPS id, which the attendance repair re-runs. */
    void attendanceUpsert(BiFunction<Long, MessageContext, SyncOutcome> upsert) {
        this.attendanceUpsert = upsert;
    }

    static ClaimKey allocationKey(long courseActivityId, long bookingId) {
        return new ClaimKey(ALLOCATION_REPORTED, courseActivityId + ":" + bookingId);
    }

    static ClaimKey attendanceKey(long courseScheduleId, long bookingId) {
        return new ClaimKey(ATTENDANCE_REPORTED, courseScheduleId + ":" + bookingId);
    }

    /** The upsert of a program profile met NOMIS's non-unique failure: report it (once) and retry later. */
    SyncOutcome allocationFailed(long courseActivityId, long bookingId, Map<String, String> base,
                                 NotUniqueInNomis failure, MessageContext context) {
        Map<String, String> props = new LinkedHashMap<>(base);
        props.put("reason", failure.getMessage());
        String why = "NOMIS holds more than one program profile of booking " + bookingId + " on course activity "
                + courseActivityId + " (" + failure.getMessage() + ")";
        if (!firstReport(allocationKey(courseActivityId, bookingId), context)) {
            return new SyncOutcome.RetryLater(ALLOCATION_DUPLICATE + AWAITING_REPAIR, props, why);
        }
        try {
            String prison = nomis.findActivity(courseActivityId).map(NomisCourseActivity::prisonId).orElse(null);
            List<Long> rows = new ArrayList<>();
            if (prison != null) {
                for (long id : nomis.activeAllocationIds(prison, courseActivityId)) {
                    nomis.findAllocation(id).filter(a -> a.bookingId() == bookingId).ifPresent(a -> rows.add(id));
                }
            }
            props.put("nomisAllocationIds", join(rows));
            if (rows.size() > 1) {
                long kept = rows.get(0);
                List<Long> extra = rows.subList(1, rows.size());
                props.put("existingNomisAllocationId", Long.toString(kept));
                props.put("duplicateNomisAllocationIds", join(extra));
                props.put("duplicateNomisAllocationId", Long.toString(extra.get(0)));
                props.put("action", "delete NOMIS program profile" + (extra.size() > 1 ? "s " : " ") + join(extra)
                        + " (DELETE /allocations/{referenceId}), keeping " + kept);
            } else {
                props.put("action", "NOMIS lists " + rows.size() + " active program profile(s) of the booking on "
                        + "the course activity: find the rows with select * from OMS_OWNER.OFFENDER_PROGRAM_PROFILES"
                        + " where CRS_ACTY_ID=" + courseActivityId + " and OFFENDER_BOOK_ID=" + bookingId);
            }
        } catch (RuntimeException unreadable) {
            props.put("action", "NOMIS could not list the rows (" + unreadable.getMessage() + "): select * from "
                    + "OMS_OWNER.OFFENDER_PROGRAM_PROFILES where CRS_ACTY_ID=" + courseActivityId
                    + " and OFFENDER_BOOK_ID=" + bookingId);
        }
        return new SyncOutcome.RetryLater(ALLOCATION_DUPLICATE, props, why);
    }

    /** The upsert of an attendance met NOMIS's non-unique failure: report it (once) and retry later. */
    SyncOutcome attendanceFailed(long courseScheduleId, long bookingId, long attendanceId, Map<String, String> base,
                                 NotUniqueInNomis failure, MessageContext context) {
        Map<String, String> props = new LinkedHashMap<>(base);
        props.put("reason", failure.getMessage());
        String why = "NOMIS holds more than one attendance of booking " + bookingId + " on course schedule "
                + courseScheduleId + " (" + failure.getMessage() + ")";
        if (!firstReport(attendanceKey(courseScheduleId, bookingId), context)) {
            return new SyncOutcome.RetryLater(ATTENDANCE_DUPLICATE + AWAITING_REPAIR, props, why);
        }
        props.put("action", "NOMIS serves no read of attendances: find the EVENT_IDs with select * from "
                + "OMS_OWNER.OFFENDER_COURSE_ATTENDANCES where CRS_SCH_ID=" + courseScheduleId
                + " and OFFENDER_BOOK_ID=" + bookingId + ", then delete all but one with "
                + "prison-sync activities delete-duplicate-attendance EVENT_ID --attendance-id " + attendanceId
                + " --dry-run");
        return new SyncOutcome.RetryLater(ATTENDANCE_DUPLICATE, props, why);
    }

    private boolean firstReport(ClaimKey key, MessageContext context) {
        ClaimResult claim = claims.claim(key, "duplicate-report/" + context.messageId(), clock.instant(),
                REPORT_AGAIN_AFTER);
        return !(claim instanceof ClaimResult.HeldElsewhere);
    }

    /** Deletes NOMIS program profile {@code duplicateId}, a second active row of {@code existingId}'s key. */
    public RepairReport deleteAllocation(long duplicateId, long existingId, boolean dryRun) {
        if (duplicateId == existingId) {
            return RepairReport.refused(DELETE_ALLOCATION, dryRun, "the duplicate and the program profile it "
                    + "copies are one (" + duplicateId + ")");
        }
        Optional<NomisAllocation> duplicate = nomis.findAllocation(duplicateId);
        if (duplicate.isEmpty()) {
            return RepairReport.notFound(DELETE_ALLOCATION, dryRun, "NOMIS has no program profile " + duplicateId);
        }
        Optional<NomisAllocation> existing = nomis.findAllocation(existingId);
        if (existing.isEmpty()) {
            return RepairReport.refused(DELETE_ALLOCATION, dryRun, "NOMIS has no program profile " + existingId
                    + ", so " + duplicateId + " duplicates nothing");
        }
        NomisAllocation d = duplicate.get();
        NomisAllocation e = existing.get();
        if (d.courseActivityId() != e.courseActivityId() || d.bookingId() != e.bookingId()) {
            return RepairReport.refused(DELETE_ALLOCATION, dryRun, "program profile " + duplicateId + " ("
                    + describe(d) + ") is not of the key of " + existingId + " (" + describe(e) + ")");
        }
        List<Long> active = nomis.activeAllocationIds(e.prisonId(), e.courseActivityId());
        if (!active.contains(duplicateId) || !active.contains(existingId)) {
            return RepairReport.refused(DELETE_ALLOCATION, dryRun, "NOMIS does not list both " + duplicateId
                    + " and " + existingId + " as active program profiles of course activity "
                    + e.courseActivityId() + ": only two active rows of one key break the upsert");
        }
        List<String> actions = List.of("delete NOMIS program profile " + duplicateId + " (" + describe(d)
                + ") with its pay bands and attendances, keeping program profile " + existingId);
        if (dryRun) {
            return RepairReport.of(DELETE_ALLOCATION, true, actions, "");
        }
        nomis.deleteAllocation(duplicateId);
        claims.complete(allocationKey(e.courseActivityId(), e.bookingId()));
        Map<String, String> props = new LinkedHashMap<>();
        props.put("duplicateNomisAllocationId", Long.toString(duplicateId));
        props.put("existingNomisAllocationId", Long.toString(existingId));
        props.put("nomisCourseActivityId", Long.toString(e.courseActivityId()));
        props.put("bookingId", Long.toString(e.bookingId()));
        telemetry.track(ALLOCATION_DUPLICATE + "-delete-success", props);
        return RepairReport.of(DELETE_ALLOCATION, false, actions, "deleted; the failing allocation message "
                + "succeeds on its next retry");
    }

    /**
     * Deletes NOMIS attendance {@code eventId} from the key of DPS attendance {@code attendanceId}, which the sync
     * must have reported duplicated; then re-runs that attendance's upsert.
     */
    public RepairReport deleteAttendance(long eventId, long attendanceId, boolean dryRun) {
        Optional<AttendanceSync> attendance = dps.findAttendance(attendanceId);
        if (attendance.isEmpty()) {
            return RepairReport.notFound(DELETE_ATTENDANCE, dryRun, "DPS has no attendance " + attendanceId);
        }
        long bookingId = attendance.get().bookingId();
        Optional<Long> session = parents.courseSchedule(attendance.get().scheduledInstanceId(),
                new LinkedHashMap<>());
        if (session.isEmpty()) {
            return RepairReport.refused(DELETE_ATTENDANCE, dryRun, MappedParents.courseScheduleNotMappedYet(
                    attendance.get().scheduledInstanceId()) + ": its attendance cannot be duplicated in NOMIS");
        }
        long courseScheduleId = session.get();
        if (!claims.outstanding(attendanceKey(courseScheduleId, bookingId))) {
            return RepairReport.refused(DELETE_ATTENDANCE, dryRun, "the sync has not reported the attendance of "
                    + "booking " + bookingId + " on NOMIS course schedule " + courseScheduleId + " duplicated (or "
                    + "it was repaired): NOMIS serves no read of attendances, so an event id is deleted only for a "
                    + "key NOMIS has refused as not unique");
        }
        String row = "NOMIS attendance " + eventId + " of booking " + bookingId + " on course schedule "
                + courseScheduleId + " (" + attendance.get().sessionDate() + " " + attendance.get().sessionStartTime()
                + "-" + attendance.get().sessionEndTime() + ")";
        List<String> actions = new ArrayList<>(List.of("delete " + row,
                "re-synchronise DPS attendance " + attendanceId + " through its upsert"));
        if (dryRun) {
            return RepairReport.of(DELETE_ATTENDANCE, true, actions, "");
        }
        nomis.deleteAttendanceEvent(eventId);
        claims.complete(attendanceKey(courseScheduleId, bookingId));
        Map<String, String> props = new LinkedHashMap<>();
        props.put("duplicateNomisAttendanceEventId", Long.toString(eventId));
        props.put("dpsAttendanceId", Long.toString(attendanceId));
        props.put("nomisCourseScheduleId", Long.toString(courseScheduleId));
        props.put("bookingId", Long.toString(bookingId));
        telemetry.track(ATTENDANCE_DUPLICATE + "-delete-success", props);
        SyncOutcome after = attendanceUpsert.apply(attendanceId, new MessageContext("repair",
                "repair-" + java.util.UUID.randomUUID(), 1));
        telemetry.track(after.event(), after.properties());
        if (after instanceof SyncOutcome.RetryLater retry) {
            return new RepairReport(DELETE_ATTENDANCE, false, RepairReport.Status.DONE, actions, "deleted " + eventId
                    + ", but the attendance's upsert still fails: " + retry.reason()
                    + (after.event().startsWith(ATTENDANCE_DUPLICATE) ? "; another row of the key remains" : ""));
        }
        return RepairReport.of(DELETE_ATTENDANCE, false, actions, "deleted; the attendance's upsert now succeeds ("
                + after.event() + ")");
    }

    private static String describe(NomisAllocation a) {
        return "booking " + a.bookingId() + " on course activity " + a.courseActivityId() + " at " + a.prisonId()
                + " from " + a.startDate();
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
