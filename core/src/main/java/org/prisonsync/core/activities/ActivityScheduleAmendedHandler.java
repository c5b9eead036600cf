package org.prisonsync.core.activities;

import java.util.Map;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.UpdateFlow;
import org.prisonsync.core.sync.UpdateRequest;

/**
 * {@code activities.activity-schedule.amended} → write the schedule as DPS has it now over the mapped course
 * activity (pay rates, rules and sessions added, changed or removed), then link the new sessions NOMIS answered
 * ({@code ACTIVITY_UPDATED}). Not mapped yet → retried (the create may still be on its way), then the DLQ.
 */
final class ActivityScheduleAmendedHandler implements EventHandler {
    private final CourseActivityWriter writer;
    private final UpdateFlow update;

    ActivityScheduleAmendedHandler(CourseActivityWriter writer, UpdateFlow update) {
        this.writer = writer;
        this.update = update;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        return sync(ActivityEvents.activityScheduleId(notification.asDomainEvent()), context);
    }

    /** Writes DPS activity schedule {@code scheduleId} over its mapped course activity: an event's work, or a repair's. */
    SyncOutcome sync(long scheduleId, MessageContext context) {
        Map<String, String> props = ActivityEvents.properties("dpsActivityScheduleId", scheduleId);
        return update.run(new UpdateRequest<DpsActivity>(ActivitiesSync.ENTITY, "amend", ActivitiesSync.ENTITY_TYPE,
                Long.toString(scheduleId), null, props, () -> writer.read(scheduleId),
                (activity, mapping) -> writer.amend(CourseActivityWriter.courseActivityId(mapping.nomisId()),
                        activity)), context);
    }
}
