package org.prisonsync.core.activities;

import java.time.Clock;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.locations.LocationMappings;
import org.prisonsync.core.locations.NomisLocations;

/**
 * Registers the activities handlers and the check an activity {@code RETRY_CREATE_MAPPING} must pass: everything
 * the engine needs to know about activities to NOMIS.
 */
public final class ActivitiesSync {
    public static final String DOMAIN = "activities";
    /** The telemetry prefix of the create: {@code activity-create-success}, … as upstream names them. */
    public static final String ENTITY = "activity";
    /** NOMIS course activity ⇄ DPS activity schedule. */
    public static final String ENTITY_TYPE = "ACTIVITY";
    /** NOMIS course schedule ⇄ DPS scheduled instance. */
    public static final String SCHEDULE_ENTITY_TYPE = "ACTIVITY_SCHEDULE";
    /** The claim serialising upserts of one allocation (course activity : booking); no mapping of its own. */
    public static final String ALLOCATION_CLAIM = "ACTIVITY_ALLOCATION";
    /** The claim serialising writes of one attendance (course schedule : booking); no mapping of its own. */
    public static final String ATTENDANCE_CLAIM = "ACTIVITY_ATTENDANCE";
    public static final String ACTIVITY_CREATED = "ACTIVITY_CREATED";
    public static final String ACTIVITY_UPDATED = "ACTIVITY_UPDATED";

    public static final String SCHEDULE_CREATED = "activities.activity-schedule.created";
    public static final String SCHEDULE_AMENDED = "activities.activity-schedule.amended";
    public static final String INSTANCE_AMENDED = "activities.scheduled-instance.amended";
    public static final String ALLOCATED = "activities.prisoner.allocated";
    public static final String ALLOCATION_AMENDED = "activities.prisoner.allocation-amended";
    public static final String ATTENDANCE_CREATED = "activities.prisoner.attendance-created";
    public static final String ATTENDANCE_AMENDED = "activities.prisoner.attendance-amended";
    public static final String ATTENDANCE_EXPIRED = "activities.prisoner.attendance-expired";
    public static final String ATTENDANCE_DELETED = "activities.prisoner.attendance-deleted";

    private final ActivitiesDpsApi dps;
    private final ActivitiesNomisApi nomis;
    private final LocationMappings locationMappings;
    private AllocationHandler allocation;
    private AttendanceUpsertHandler attendance;
    private DuplicateRows duplicates;
    private ActivityResyncs.Syncs syncs;

    public ActivitiesSync(ActivitiesDpsApi dps, ActivitiesNomisApi nomis, LocationMappings locationMappings) {
        this.dps = dps;
        this.nomis = nomis;
        this.locationMappings = locationMappings;
    }

    public void register(DomainKit kit) {
        var mappings = kit.shared().mappings();
        Clock clock = kit.shared().clock();
        CourseActivityWriter writer = new CourseActivityWriter(dps, nomis, mappings, clock,
                new NomisLocations(locationMappings, kit.shared().telemetry(), ENTITY));
        MappedParents parents = new MappedParents(mappings);
        duplicates = new DuplicateRows(nomis, dps, parents, kit.shared().claims(), clock, kit.shared().telemetry());
        allocation = new AllocationHandler(dps, nomis, parents, kit.upsertFlow(), duplicates);
        attendance = new AttendanceUpsertHandler(dps, nomis, parents, kit.upsertFlow(), duplicates);
        duplicates.attendanceUpsert(attendance::resync);
        ActivityScheduleCreatedHandler created = new ActivityScheduleCreatedHandler(writer, mappings,
                kit.createFlow());
        ActivityScheduleAmendedHandler amended = new ActivityScheduleAmendedHandler(writer, kit.updateFlow());
        ScheduledInstanceAmendedHandler instance = new ScheduledInstanceAmendedHandler(dps, nomis, mappings,
                kit.upsertFlow());
        syncs = new ActivityResyncs.Syncs(created::sync, amended::sync, instance::sync, allocation::resync,
                attendance::resync);
        kit.on(SCHEDULE_CREATED, created)
                .on(SCHEDULE_AMENDED, amended)
                .on(INSTANCE_AMENDED, instance)
                .on(ALLOCATED, allocation)
                .on(ALLOCATION_AMENDED, allocation)
                .on(ATTENDANCE_CREATED, attendance)
                .on(ATTENDANCE_AMENDED, attendance)
                .on(ATTENDANCE_EXPIRED, attendance)
                .on(ATTENDANCE_DELETED, new AttendanceDeletedHandler(nomis, parents, kit.upsertFlow()))
                .onMappingRetry(ENTITY, ENTITY_TYPE, ACTIVITY_CREATED, new ActivityMappingFacts(dps, nomis, clock));
    }

    /** Each handler's own work by DPS id, for the manual re-synchronisations (after {@link #register}). */
    ActivityResyncs.Syncs syncs() {
        if (syncs == null) {
            throw new IllegalStateException("activities sync is not registered yet");
        }
        return syncs;
    }

    /** The detection and repair of NOMIS rows duplicated on an allocation or attendance key (after {@link #register}). */
    DuplicateRows duplicates() {
        if (duplicates == null) {
            throw new IllegalStateException("activities sync is not registered yet");
        }
        return duplicates;
    }

    /** The handlers' own upserts, for a repair to re-synchronise with (after {@link #register}). */
    BookingResync.Upserts upserts() {
        if (allocation == null) {
            throw new IllegalStateException("activities sync is not registered yet");
        }
        return new BookingResync.Upserts(allocation::resync, attendance::resync);
    }
}
