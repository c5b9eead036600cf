package org.prisonsync.core.activities;

import java.util.List;
import java.util.Map;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.locations.LocationMappings;
import org.prisonsync.core.notify.NotifyRule;

/**
 * Activities as a plug-in, to NOMIS: DPS activity schedules become NOMIS course activities (mapped, with their
 * scheduled instances mapped to course schedules), and allocations and attendances are upserted on them, one
 * writer per allocation or attendance at a time. Three daily reconciliations per prison switched on for activities
 * (active allocations, suspended allocations, attendances to pay on a day) compare each booking's counts, and their
 * repair re-synchronises a booking from DPS through the same upserts.
 */
public final class ActivitiesDomain implements SyncDomain {
    public static final QueueSpec TO_NOMIS = QueueSpec.of("tonomisactivities", "prison-sync-to-nomis-activities",
            Direction.TO_NOMIS);

    /**
     * When each daily reconciliation runs: after the night's DPS jobs and NOMIS payroll, attendances
     * last. Upstream's times are not in its chart; these are ours, each overridable ({@code JOB_<NAME>_SCHEDULE}).
     */
    static final Map<ActivityCountKind, String> SCHEDULES = Map.of(
            ActivityCountKind.ALLOCATION, "0 5 * * *",
            ActivityCountKind.SUSPENDED_ALLOCATION, "10 5 * * *",
            ActivityCountKind.ATTENDANCE, "20 5 * * *");

    private final ActivitiesNomisApi nomis;
    private final ActivitiesDpsApi dps;
    private final LocationMappings locationMappings;
    private PreprodRefreshPrune prune;
    private DuplicateCourseActivity duplicates;
    private DuplicateRows duplicateRows;
    private ActivityResyncs resyncs;

    /** @param locationMappings the shared location mappings a schedule's DPS location is translated through */
    public ActivitiesDomain(ActivitiesNomisApi nomis, ActivitiesDpsApi dps, LocationMappings locationMappings) {
        this.nomis = nomis;
        this.dps = dps;
        this.locationMappings = locationMappings;
    }

    /**
     * What this domain registers (mapped entity types, reconciliations), readable without building it: the CLI
     * lists them from here, and the kit refuses a registration it does not name.
     */
    public static final DomainDeclaration DECLARATION = DomainDeclaration.of(ActivitiesSync.DOMAIN)
            .maps(ActivitiesSync.ENTITY_TYPE).reconciles(java.util.Arrays.stream(ActivityCountKind.values())
                    .map(ActivityCountKind::reconciliationName).toArray(String[]::new));

    @Override
    public DomainDeclaration declaration() {
        return DECLARATION;
    }

    @Override
    public String name() {
        return ActivitiesSync.DOMAIN;
    }

    @Override
    public List<QueueSpec> queues() {
        return List.of(TO_NOMIS);
    }

    @Override
    public void install(DomainKit kit) {
        ActivitiesSync sync = new ActivitiesSync(dps, nomis, locationMappings);
        sync.register(kit);
        BookingResync resync = new BookingResync(nomis, dps, sync.upserts(), kit.shared().telemetry());
        for (ActivityCountKind kind : ActivityCountKind.values()) {
            kit.reconciliation(new ActivitiesReconciliation(kind, nomis, dps, resync, SCHEDULES.get(kind)));
        }
        prune = new PreprodRefreshPrune(nomis, kit.shared().mappings(), kit.shared().telemetry());
        duplicates = new DuplicateCourseActivity(nomis, kit.shared().mappings(), kit.shared().telemetry());
        duplicateRows = sync.duplicates();
        resyncs = new ActivityResyncs(dps, kit.shared().mappings(), sync.syncs(), kit.shared().telemetry(),
                kit.shared().clock());
        kit.notifyOn(new NotifyRule(DuplicateRows.ALLOCATION_DUPLICATE, "duplicate allocation in NOMIS",
                "prison-sync activities delete-duplicate-allocation {duplicateNomisAllocationId} "
                        + "--existing-allocation-id {existingNomisAllocationId} --dry-run"));
        kit.notifyOn(new NotifyRule(DuplicateRows.ATTENDANCE_DUPLICATE, "duplicate attendance in NOMIS",
                "prison-sync activities delete-duplicate-attendance EVENT_ID --attendance-id {dpsAttendanceId}"
                        + " --dry-run"));
        kit.notifyOn(new NotifyRule("to-nomis-synch-" + ActivitiesSync.ENTITY + "-duplicate",
                "duplicate activity in NOMIS", "prison-sync activities delete-duplicate "
                + "{duplicateNomisCourseActivityId} --existing-course-activity-id {existingNomisCourseActivityId}"
                + " --dry-run"));
    }

    /** Deletes a NOMIS course activity that copies a mapped one (dry run first). */
    public DuplicateCourseActivity duplicates() {
        return installed(duplicates);
    }

    /** Deletes a NOMIS program profile or attendance that duplicates another of its key (dry run first). */
    public DuplicateRows duplicateRows() {
        return installed(duplicateRows);
    }

    /** Upstream's manual synchronisations of one schedule, allocation or attendance, and ours of an instance. */
    public ActivityResyncs resyncs() {
        return installed(resyncs);
    }

    /** The preprod-refresh prune of mappings above the highest ids (dry run first). */
    public PreprodRefreshPrune prune() {
        return installed(prune);
    }

    private static <T> T installed(T part) {
        if (part == null) {
            throw new IllegalStateException("the activities domain is not installed in a core yet");
        }
        return part;
    }
}
