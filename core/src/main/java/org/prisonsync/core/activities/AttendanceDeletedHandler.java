package org.prisonsync.core.activities;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.UpsertFlow;
import org.prisonsync.core.sync.UpsertRequest;

/**
 * {@code activities.prisoner.attendance-deleted} (the attendance is gone from DPS, so the event names its
 * {@code scheduledInstanceId} and {@code bookingId}) → delete the booking's attendance on the mapped course
 * schedule, under the same claim as its upsert so a delete and an upsert of one attendance never interleave. An
 * instance never mapped, or an attendance NOMIS does not hold, is nothing to delete
 * ({@code activity-attendance-delete-ignored}).
 */
final class AttendanceDeletedHandler implements EventHandler {
    private static final String IGNORED = "activity-attendance-delete-ignored";

    private final ActivitiesNomisApi nomis;
    private final MappedParents parents;
    private final UpsertFlow upsert;

    AttendanceDeletedHandler(ActivitiesNomisApi nomis, MappedParents parents, UpsertFlow upsert) {
        this.nomis = nomis;
        this.parents = parents;
        this.upsert = upsert;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long instanceId = ActivityEvents.scheduledInstanceId(event);
        long bookingId = ActivityEvents.bookingId(event);
        Map<String, String> props = ActivityEvents.properties("dpsScheduledInstanceId", instanceId,
                "bookingId", bookingId);
        Optional<Long> session = parents.courseSchedule(instanceId, props);
        if (session.isEmpty()) {
            return new SyncOutcome.Ignored(IGNORED, props, "scheduled instance " + instanceId
                    + " has no NOMIS course schedule");
        }
        long courseScheduleId = session.get();
        return upsert.run(new UpsertRequest(ActivitiesSync.ATTENDANCE_CLAIM, courseScheduleId + ":" + bookingId,
                "activity-attendance-delete-awaiting-claim", props, () -> {
                    Map<String, String> result = new LinkedHashMap<>(props);
                    try {
                        if (nomis.deleteAttendance(courseScheduleId, bookingId)) {
                            return new SyncOutcome.Synced("activity-attendance-delete-success", result);
                        }
                        return new SyncOutcome.Ignored(IGNORED, result, "NOMIS holds no attendance of booking "
                                + bookingId + " on course schedule " + courseScheduleId);
                    } catch (UpstreamUnavailable | UpstreamRejected e) {
                        return SyncOutcome.RetryLater.upstreamFailed("activity-attendance-delete-failed", result, e);
                    }
                }), context);
    }
}
