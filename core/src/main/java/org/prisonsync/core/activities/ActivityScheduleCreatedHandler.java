package org.prisonsync.core.activities;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;

/**
 * {@code activities.activity-schedule.created} → read the schedule and its activity's pay from DPS, create the
 * NOMIS course activity (pay rates, schedule rules, course schedules) and map it ({@code ACTIVITY},
 * {@code ACTIVITY_CREATED}) through the shared create flow, then map each scheduled instance to the course schedule
 * NOMIS created for it ({@code ACTIVITY_SCHEDULE}).
 *
 * <p>The course activity is the create's one mapping; the instances' mappings follow it. If they could not all be
 * saved (the store failed after the create), a redelivery finds the course activity mapped and writes the schedule
 * over it again, which answers the course schedules to link: NOMIS is never asked to create the course activity
 * twice for it. NOMIS has no lookup of a course activity by DPS id, so a resumed create (an earlier attempt may have
 * written and lost the answer) creates again; the copy is the one case left to the duplicate report.
 */
final class ActivityScheduleCreatedHandler implements EventHandler {
    private final CourseActivityWriter writer;
    private final MappingStore mappings;
    private final CreateFlow create;

    ActivityScheduleCreatedHandler(CourseActivityWriter writer, MappingStore mappings, CreateFlow create) {
        this.writer = writer;
        this.mappings = mappings;
        this.create = create;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        return sync(ActivityEvents.activityScheduleId(notification.asDomainEvent()), context);
    }

    /** Creates DPS activity schedule {@code scheduleId} in NOMIS and maps it: an event's work, or a repair's. */
    SyncOutcome sync(long scheduleId, MessageContext context) {
        Map<String, String> props = ActivityEvents.properties("dpsActivityScheduleId", scheduleId);
        AtomicReference<DpsActivity> read = new AtomicReference<>();
        AtomicReference<CourseActivityWritten> written = new AtomicReference<>();
        SyncOutcome outcome = create.run(new CreateRequest<DpsActivity>(ActivitiesSync.ENTITY,
                ActivitiesSync.ENTITY_TYPE, Long.toString(scheduleId), null, ActivitiesSync.ACTIVITY_CREATED, props,
                () -> writer.read(scheduleId), (activity, resumed) -> {
                    read.set(activity);
                    CourseActivityWritten answer = writer.create(activity);
                    written.set(answer);
                    return TargetWrite.created(answer.courseActivityId());
                }), context);
        if (outcome instanceof SyncOutcome.Duplicate duplicate) {
            return reportDuplicate(duplicate);
        }
        if (written.get() != null && (outcome instanceof SyncOutcome.Synced
                || outcome instanceof SyncOutcome.MappingRetryQueued)) {
            writer.link(read.get(), written.get(), ActivitiesSync.ACTIVITY_CREATED);
            return outcome;
        }
        if (outcome instanceof SyncOutcome.AlreadyMapped) {
            return relinkIfNeeded(scheduleId, outcome);
        }
        return outcome;
    }

    /** A redelivery of a create whose instances were not all linked: write the schedule again to link them. */
    private SyncOutcome relinkIfNeeded(long scheduleId, SyncOutcome outcome) {
        Optional<Mapping> mapping = mappings.findByDpsId(ActivitiesSync.ENTITY_TYPE, Long.toString(scheduleId));
        Map<String, String> props = new LinkedHashMap<>(outcome.properties());
        try {
            Optional<DpsActivity> activity = writer.read(scheduleId);
            if (mapping.isEmpty() || activity.isEmpty() || writer.allLinked(activity.get())) {
                return outcome;
            }
            props.put("nomisCourseActivityId", mapping.get().nomisId());
            int unlinked = writer.amend(CourseActivityWriter.courseActivityId(mapping.get().nomisId()),
                    activity.get());
            props.put("unlinkedScheduledInstances", Integer.toString(unlinked));
            return new SyncOutcome.AlreadyMapped(outcome.event(), props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(ActivitiesSync.ENTITY + "-create-failed", props, e);
        }
    }

    /**
     * One DPS schedule mapped to two NOMIS course activities: the unmapped one is the duplicate, for NOMIS support
     * to delete ({@code DELETE /activities/{courseActivityId}}, seed 000), under upstream's property names.
     */
    private static SyncOutcome reportDuplicate(SyncOutcome.Duplicate duplicate) {
        Mapping extra = duplicate.duplicate();
        Mapping kept = duplicate.existing();
        Map<String, String> props = new LinkedHashMap<>(duplicate.properties());
        props.put("duplicateActivityScheduleId", extra.dpsId());
        props.put("duplicateNomisCourseActivityId", extra.nomisId());
        props.put("existingActivityScheduleId", kept.dpsId());
        props.put("existingNomisCourseActivityId", kept.nomisId());
        if (extra.dpsId().equals(kept.dpsId())) {
            props.put("action", "delete NOMIS course activity " + extra.nomisId()
                    + " (DELETE /activities/" + extra.nomisId() + "): DPS schedule " + extra.dpsId()
                    + " is mapped to course activity " + kept.nomisId());
        }
        return new SyncOutcome.Duplicate(duplicate.event(), props, extra, kept);
    }
}
