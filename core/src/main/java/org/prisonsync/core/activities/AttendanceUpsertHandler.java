package org.prisonsync.core.activities;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.UpsertFlow;
import org.prisonsync.core.sync.UpsertRequest;

/**
 * {@code activities.prisoner.attendance-created|amended|expired} → upsert the booking's attendance on the course
 * schedule mapped to the attendance's scheduled instance, under a claim on (course schedule, booking) so two
 * consumers never insert it twice; the attendance is read again under the claim. NOMIS's refusals "already paid"
 * and "prisoner moved, allocation ended" end as {@code activity-attendance-update-ignored} with the reason,
 * acknowledged; a status or reason NOMIS has no equivalent of is dead-lettered at once with its reason. The
 * instance not mapped yet → retried. A key NOMIS already holds twice is reported ({@link DuplicateRows}) and retried
 * until the extra row is deleted.
 */
final class AttendanceUpsertHandler implements EventHandler {
    private static final String FAILED = "activity-attendance-update-failed";
    private static final String IGNORED = "activity-attendance-update-ignored";

    private final ActivitiesDpsApi dps;
    private final ActivitiesNomisApi nomis;
    private final MappedParents parents;
    private final UpsertFlow upsert;
    private final DuplicateRows duplicates;

    AttendanceUpsertHandler(ActivitiesDpsApi dps, ActivitiesNomisApi nomis, MappedParents parents,
                            UpsertFlow upsert, DuplicateRows duplicates) {
        this.dps = dps;
        this.nomis = nomis;
        this.parents = parents;
        this.upsert = upsert;
        this.duplicates = duplicates;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        return resync(ActivityEvents.attendanceId(notification.asDomainEvent()), context);
    }

    /** Upserts DPS attendance {@code attendanceId} into NOMIS as DPS has it now: an event's work, or a repair's. */
    SyncOutcome resync(long attendanceId, MessageContext context) {
        Map<String, String> props = ActivityEvents.properties("dpsAttendanceId", attendanceId);
        try {
            Optional<AttendanceSync> attendance = dps.findAttendance(attendanceId);
            if (attendance.isEmpty()) {
                return new SyncOutcome.RetryLater(FAILED, props, "attendance " + attendanceId + " not found in DPS");
            }
            long instanceId = attendance.get().scheduledInstanceId();
            long bookingId = attendance.get().bookingId();
            props.put("bookingId", Long.toString(bookingId));
            props.put("offenderNo", attendance.get().prisonerNumber());
            props.put("sessionDate", attendance.get().sessionDate().toString());
            Optional<Long> session = parents.courseSchedule(instanceId, props);
            if (session.isEmpty()) {
                return new SyncOutcome.RetryLater(FAILED, props, MappedParents.courseScheduleNotMappedYet(instanceId));
            }
            long courseScheduleId = session.get();
            try {
                return upsert.run(new UpsertRequest(ActivitiesSync.ATTENDANCE_CLAIM, courseScheduleId + ":"
                        + bookingId, "activity-attendance-update-awaiting-claim", props,
                        () -> write(attendanceId, courseScheduleId, bookingId, props)), context);
            } catch (NotUniqueInNomis e) {
                return duplicates.attendanceFailed(courseScheduleId, bookingId, attendanceId, props, e, context);
            }
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(FAILED, props, e);
        }
    }

    private SyncOutcome write(long attendanceId, long courseScheduleId, long bookingId, Map<String, String> base) {
        Map<String, String> props = new LinkedHashMap<>(base);
        Optional<AttendanceSync> latest = dps.findAttendance(attendanceId);
        if (latest.isEmpty()) {
            return new SyncOutcome.RetryLater(FAILED, props, "attendance " + attendanceId + " not found in DPS");
        }
        AttendanceRequest request;
        try {
            request = AttendanceOutcomes.request(latest.get());
        } catch (IllegalArgumentException e) {
            props.put("reason", e.getMessage());
            return new SyncOutcome.Rejected(FAILED, props, e.getMessage());
        }
        AttendanceUpsert answer = nomis.upsertAttendance(courseScheduleId, bookingId, request);
        if (answer instanceof AttendanceUpsert.Refused refused) {
            props.put("reason", refused.reason().name());
            props.put("nomisMessage", refused.message());
            return new SyncOutcome.Ignored(IGNORED, props, "NOMIS refused attendance " + attendanceId + ": "
                    + refused.reason());
        }
        AttendanceUpsert.Upserted upserted = (AttendanceUpsert.Upserted) answer;
        props.put("nomisAttendanceEventId", Long.toString(upserted.eventId()));
        return new SyncOutcome.Synced(upserted.created() ? "activity-attendance-create-success"
                : "activity-attendance-update-success", props);
    }
}
