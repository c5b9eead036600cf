package org.prisonsync.core.activities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * Seed 000's "Preprod Refresh Problems": NOMIS, DPS and the mappings are refreshed from production at different
 * times, so the mapping table holds ids neither NOMIS nor DPS has, and the sync fails on conflicts for them. The
 * prune deletes exactly the seed's four sets: course activity mappings whose NOMIS course activity id is above NOMIS's
 * highest, or whose DPS activity schedule id is above DPS's highest, and scheduled instance mappings whose NOMIS
 * course schedule id or DPS scheduled instance id is above that side's highest. A dry run lists them.
 *
 * <p>Where the highest ids come from: NOMIS serves its highest course schedule id ({@code GET /schedules/max-id}), read
 * here unless the caller gives one. Upstream serves no highest course activity id, activity schedule id or scheduled
 * instance id (the seed reads them with SQL on each database), and no id pages from which to find them, so the
 * caller gives those three.
 */
public final class PreprodRefreshPrune {
    public static final String NAME = "activities-prune-mappings";

    private final ActivitiesNomisApi nomis;
    private final MappingStore mappings;
    private final Telemetry telemetry;

    PreprodRefreshPrune(ActivitiesNomisApi nomis, MappingStore mappings, Telemetry telemetry) {
        this.nomis = nomis;
        this.mappings = mappings;
        this.telemetry = telemetry;
    }

    /**
     * The highest ids on each side, above which a mapping is a leftover of production.
     *
     * @param courseActivityId NOMIS's {@code max(crs_acty_id)}
     * @param courseScheduleId NOMIS's {@code max(crs_sch_id)}; empty reads it from NOMIS
     * @param activityScheduleId DPS's {@code max(activity_schedule_id)}
     * @param scheduledInstanceId DPS's {@code max(scheduled_instance_id)}
     */
    public record HighestIds(long courseActivityId, OptionalLong courseScheduleId, long activityScheduleId,
                             long scheduledInstanceId) {
        public HighestIds {
            if (courseActivityId < 0 || activityScheduleId < 0 || scheduledInstanceId < 0
                    || courseScheduleId.isPresent() && courseScheduleId.getAsLong() < 0) {
                throw new IllegalArgumentException("a highest id is 0 or more");
            }
        }
    }

    public RepairReport prune(HighestIds highest, boolean dryRun) {
        boolean readFromNomis = highest.courseScheduleId().isEmpty();
        long courseSchedule = readFromNomis ? nomis.highestCourseScheduleId()
                : highest.courseScheduleId().getAsLong();
        Map<String, Doomed> doomed = new LinkedHashMap<>();
        collect(doomed, mappings.findWithNomisIdAbove(ActivitiesSync.ENTITY_TYPE, highest.courseActivityId()),
                "its NOMIS course activity id is above NOMIS's highest, " + highest.courseActivityId());
        collect(doomed, mappings.findWithDpsIdAbove(ActivitiesSync.ENTITY_TYPE, highest.activityScheduleId()),
                "its DPS activity schedule id is above DPS's highest, " + highest.activityScheduleId());
        collect(doomed, mappings.findWithNomisIdAbove(ActivitiesSync.SCHEDULE_ENTITY_TYPE, courseSchedule),
                "its NOMIS course schedule id is above NOMIS's highest, " + courseSchedule
                        + (readFromNomis ? " (read from NOMIS)" : ""));
        collect(doomed, mappings.findWithDpsIdAbove(ActivitiesSync.SCHEDULE_ENTITY_TYPE,
                        highest.scheduledInstanceId()),
                "its DPS scheduled instance id is above DPS's highest, " + highest.scheduledInstanceId());
        String bounds = "NOMIS highest course activity " + highest.courseActivityId() + ", course schedule "
                + courseSchedule + (readFromNomis ? " (read from NOMIS)" : "") + "; DPS highest activity schedule "
                + highest.activityScheduleId() + ", scheduled instance " + highest.scheduledInstanceId();
        if (doomed.isEmpty()) {
            return RepairReport.nothingToDo(NAME, dryRun, "no mapping is above the highest ids (" + bounds + ")");
        }
        List<String> actions = new ArrayList<>();
        for (Doomed d : doomed.values()) {
            actions.add("delete " + describe(d.mapping()) + ": " + d.why());
        }
        if (dryRun) {
            return RepairReport.of(NAME, true, actions, doomed.size() + " mappings above the highest ids ("
                    + bounds + ")");
        }
        int deleted = 0;
        int activities = 0;
        for (Doomed d : doomed.values()) {
            if (mappings.deleteByDpsId(d.mapping().entityType(), d.mapping().dpsId())) {
                deleted++;
                activities += d.mapping().entityType().equals(ActivitiesSync.ENTITY_TYPE) ? 1 : 0;
            }
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("highestCourseActivityId", Long.toString(highest.courseActivityId()));
        properties.put("highestCourseScheduleId", Long.toString(courseSchedule));
        properties.put("highestActivityScheduleId", Long.toString(highest.activityScheduleId()));
        properties.put("highestScheduledInstanceId", Long.toString(highest.scheduledInstanceId()));
        properties.put("activityMappingsDeleted", Integer.toString(activities));
        properties.put("scheduledInstanceMappingsDeleted", Integer.toString(deleted - activities));
        telemetry.track("activity-mapping-prune-success", properties);
        return RepairReport.of(NAME, false, actions, deleted + " mappings deleted (" + bounds + ")"
                + (deleted < doomed.size() ? "; " + (doomed.size() - deleted) + " were gone already" : ""));
    }

    private record Doomed(Mapping mapping, String why) {
    }

    /** A mapping above both of its bounds is listed once, for the first reason found. */
    private static void collect(Map<String, Doomed> doomed, List<Mapping> found, String why) {
        for (Mapping m : found) {
            doomed.putIfAbsent(m.entityType() + "|" + m.dpsId(), new Doomed(m, why));
        }
    }

    private static String describe(Mapping m) {
        return m.entityType().equals(ActivitiesSync.ENTITY_TYPE)
                ? "the mapping of NOMIS course activity " + m.nomisId() + " to DPS activity schedule " + m.dpsId()
                : "the mapping of NOMIS course schedule " + m.nomisId() + " to DPS scheduled instance " + m.dpsId();
    }
}
