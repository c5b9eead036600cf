package org.prisonsync.core.activities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * Seed 000's "duplicate activity detected": a DPS schedule created twice in NOMIS (a create whose answer was lost, then
 * run again) leaves an unmapped course activity, reported as {@code to-nomis-synch-activity-duplicate} with
 * {@code duplicateNomisCourseActivityId} and {@code existingNomisCourseActivityId}. This repair deletes the duplicate
 * with NOMIS's data-fix endpoint ({@code DELETE /activities/{courseActivityId}}), which takes its schedules,
 * allocations and attendances with it, so it refuses anything but a copy: the duplicate must be unmapped, and the
 * course activity it copies must be mapped and match it (prison, program, description and start date).
 */
public final class DuplicateCourseActivity {
    public static final String NAME = "activities-delete-duplicate";
    static final String DELETED = "activity-duplicate-delete-success";

    private final ActivitiesNomisApi nomis;
    private final MappingStore mappings;
    private final Telemetry telemetry;

    DuplicateCourseActivity(ActivitiesNomisApi nomis, MappingStore mappings, Telemetry telemetry) {
        this.nomis = nomis;
        this.mappings = mappings;
        this.telemetry = telemetry;
    }

    public RepairReport delete(long duplicateId, long existingId, boolean dryRun) {
        if (duplicateId == existingId) {
            return RepairReport.refused(NAME, dryRun, "the duplicate and the course activity it copies are one ("
                    + duplicateId + ")");
        }
        Optional<NomisCourseActivity> duplicate = nomis.findActivity(duplicateId);
        if (duplicate.isEmpty()) {
            return RepairReport.notFound(NAME, dryRun, "NOMIS has no course activity " + duplicateId);
        }
        Optional<Mapping> own = mapped(duplicateId);
        if (own.isPresent()) {
            return RepairReport.refused(NAME, dryRun, "NOMIS course activity " + duplicateId
                    + " is mapped to DPS activity schedule " + own.get().dpsId() + ": it is not the duplicate");
        }
        Optional<Mapping> kept = mapped(existingId);
        if (kept.isEmpty()) {
            return RepairReport.refused(NAME, dryRun, "NOMIS course activity " + existingId
                    + " is not mapped, so " + duplicateId + " is not known to duplicate a synchronised one");
        }
        Optional<NomisCourseActivity> existing = nomis.findActivity(existingId);
        if (existing.isEmpty()) {
            return RepairReport.refused(NAME, dryRun, "NOMIS no longer has the mapped course activity " + existingId
                    + "; re-synchronise DPS activity schedule " + kept.get().dpsId() + " before deleting anything");
        }
        if (!copies(duplicate.get(), existing.get())) {
            return RepairReport.refused(NAME, dryRun, "NOMIS course activity " + duplicateId + " (" + describe(
                    duplicate.get()) + ") is not a copy of course activity " + existingId + " ("
                    + describe(existing.get()) + ")");
        }
        List<String> actions = List.of("delete NOMIS course activity " + duplicateId + " (" + describe(
                duplicate.get()) + ") with its schedules, allocations and attendances: a copy of course activity "
                + existingId + ", which is mapped to DPS activity schedule " + kept.get().dpsId());
        if (dryRun) {
            return RepairReport.of(NAME, true, actions, "");
        }
        nomis.deleteActivity(duplicateId);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("duplicateNomisCourseActivityId", Long.toString(duplicateId));
        properties.put("existingNomisCourseActivityId", Long.toString(existingId));
        properties.put("activityScheduleId", kept.get().dpsId());
        telemetry.track(DELETED, properties);
        return RepairReport.of(NAME, false, actions, "deleted");
    }

    private Optional<Mapping> mapped(long courseActivityId) {
        return mappings.findByNomisId(ActivitiesSync.ENTITY_TYPE, Long.toString(courseActivityId));
    }

    private static boolean copies(NomisCourseActivity a, NomisCourseActivity b) {
        return Objects.equals(a.prisonId(), b.prisonId()) && Objects.equals(a.programCode(), b.programCode())
                && Objects.equals(a.description(), b.description()) && Objects.equals(a.startDate(), b.startDate());
    }

    private static String describe(NomisCourseActivity a) {
        return a.description() + ", " + a.programCode() + " at " + a.prisonId() + " from " + a.startDate();
    }
}
