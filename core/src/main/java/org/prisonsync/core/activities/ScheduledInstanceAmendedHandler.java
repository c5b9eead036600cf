package org.prisonsync.core.activities;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.UpsertFlow;
import org.prisonsync.core.sync.UpsertRequest;

/**
 * {@code activities.scheduled-instance.amended} (a session cancelled, uncancelled or moved) → write the session to
 * its course schedule ({@code PUT /activities/{courseActivityId}/schedule}), naming the mapped course schedule; one
 * not mapped yet is created by NOMIS and then mapped ({@code ACTIVITY_UPDATED}). One writer per instance at a time,
 * so two deliveries never create its course schedule twice. The schedule not mapped yet → retried.
 */
final class ScheduledInstanceAmendedHandler implements EventHandler {
    private static final String SUCCESS = "activity-scheduled-instance-amend-success";
    private static final String FAILED = "activity-scheduled-instance-amend-failed";
    /** The session's course schedule is already gone from NOMIS ({@link AlreadyInState}): acknowledged. */
    static final String IGNORED = "activity-scheduled-instance-amend-ignored";

    private final ActivitiesDpsApi dps;
    private final ActivitiesNomisApi nomis;
    private final MappingStore mappings;
    private final MappedParents parents;
    private final UpsertFlow upsert;

    ScheduledInstanceAmendedHandler(ActivitiesDpsApi dps, ActivitiesNomisApi nomis, MappingStore mappings,
                                    UpsertFlow upsert) {
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
        this.parents = new MappedParents(mappings);
        this.upsert = upsert;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        return sync(ActivityEvents.scheduledInstanceId(notification.asDomainEvent()), context);
    }

    /** Writes DPS scheduled instance {@code instanceId} to its course schedule: an event's work, or a repair's. */
    SyncOutcome sync(long instanceId, MessageContext context) {
        Map<String, String> props = ActivityEvents.properties("dpsScheduledInstanceId", instanceId);
        return upsert.run(new UpsertRequest(ActivitiesSync.SCHEDULE_ENTITY_TYPE, Long.toString(instanceId),
                "activity-scheduled-instance-amend-awaiting-claim", props, () -> write(instanceId, props)), context);
    }

    private SyncOutcome write(long instanceId, Map<String, String> base) {
        Map<String, String> props = new LinkedHashMap<>(base);
        try {
            Optional<ScheduledInstance> instance = dps.findScheduledInstance(instanceId);
            if (instance.isEmpty()) {
                return new SyncOutcome.RetryLater(FAILED, props, "scheduled instance " + instanceId
                        + " not found in DPS");
            }
            long scheduleId = instance.get().activityScheduleId();
            Optional<Long> parent = parents.courseActivity(scheduleId, props);
            if (parent.isEmpty()) {
                return new SyncOutcome.RetryLater(FAILED, props, MappedParents.courseActivityNotMappedYet(scheduleId));
            }
            long courseActivityId = parent.get();
            Optional<Mapping> own = mappings.findByDpsId(ActivitiesSync.SCHEDULE_ENTITY_TYPE,
                    Long.toString(instanceId));
            Long known = own.map(m -> CourseActivityWriter.nomisNumber(m.nomisId())).orElse(null);
            ScheduledInstance session = instance.get();
            long courseScheduleId;
            try {
                courseScheduleId = nomis.updateCourseSchedule(courseActivityId, new CourseSchedule(known,
                        session.date(), session.startTime(), session.endTime(), session.cancelled()));
            } catch (UpstreamRejected e) {
                Optional<String> noOp = AlreadyInState.ofCourseSchedule(known != null, e,
                        () -> nomis.findActivity(courseActivityId).isPresent());
                if (noOp.isEmpty()) {
                    throw e;
                }
                props.put("nomisCourseScheduleId", Long.toString(known));
                props.put("reason", noOp.get());
                props.put("nomisMessage", e.getMessage());
                return new SyncOutcome.Ignored(IGNORED, props, "NOMIS no longer has course schedule " + known
                        + " of scheduled instance " + instanceId + " (" + noOp.get() + ")");
            }
            props.put("nomisCourseScheduleId", Long.toString(courseScheduleId));
            if (own.isEmpty()) {
                mappings.save(Mapping.of(ActivitiesSync.SCHEDULE_ENTITY_TYPE, Long.toString(courseScheduleId),
                        Long.toString(instanceId), null, ActivitiesSync.ACTIVITY_UPDATED));
            }
            return new SyncOutcome.Synced(SUCCESS, props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(FAILED, props, e);
        }
    }
}
