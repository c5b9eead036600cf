package org.prisonsync.core.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.locations.NomisLocations;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Ids;

/**
 * Reads a DPS schedule with its pay and writes it to NOMIS, for the create and the amend alike. Sessions are read
 * from today on, as upstream does: NOMIS keeps the past ones as they were paid. Every write that NOMIS answers with
 * its course schedules links the scheduled instances not yet mapped ({@link ScheduleLinks}). The location is
 * upstream's: a schedule naming a DPS location uuid is written at the NOMIS location the mapping service gives for it
 * (unmapped: {@link org.prisonsync.core.locations.LocationNotMapped}, so the create or amend is retried, as
 * appointments do), else at the NOMIS id DPS carries, else none.
 */
final class CourseActivityWriter {
    private final ActivitiesDpsApi dps;
    private final ActivitiesNomisApi nomis;
    private final MappingStore mappings;
    private final ScheduleLinks links;
    private final Clock clock;
    private final NomisLocations locations;

    CourseActivityWriter(ActivitiesDpsApi dps, ActivitiesNomisApi nomis, MappingStore mappings, Clock clock,
                         NomisLocations locations) {
        this.locations = locations;
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
        this.links = new ScheduleLinks(mappings);
        this.clock = clock;
    }

    Optional<DpsActivity> read(long scheduleId) {
        return dps.findSchedule(scheduleId, LocalDate.now(clock))
                .flatMap(schedule -> dps.findActivityPay(schedule.activityId())
                        .map(pay -> new DpsActivity(schedule, pay)));
    }

    CourseActivityWritten create(DpsActivity activity) {
        return nomis.createActivity(CourseActivities.request(activity.schedule(), activity.pay(),
                nomisLocationOf(activity.schedule()), instance -> Optional.empty()));
    }

    /** Links the instances {@code written} answers for; how many are left without a course schedule. */
    int link(DpsActivity activity, CourseActivityWritten written, String mappingType) {
        return links.link(activity.schedule().instances(), written.courseSchedules(), mappingType);
    }

    boolean allLinked(DpsActivity activity) {
        return links.allMapped(activity.schedule().instances());
    }

    /** Writes the schedule over the mapped course activity; how many instances are left without a course schedule. */
    int amend(long courseActivityId, DpsActivity activity) {
        CourseActivityRequest request = CourseActivities.request(activity.schedule(), activity.pay(),
                nomisLocationOf(activity.schedule()), instance -> mappings.findByDpsId(ActivitiesSync.SCHEDULE_ENTITY_TYPE, Long.toString(instance))
                        .map(m -> Ids.parsePositiveLong(m.nomisId()))
                        .filter(java.util.OptionalLong::isPresent)
                        .map(java.util.OptionalLong::getAsLong));
        CourseActivityWritten written = nomis.updateActivity(courseActivityId, request);
        return link(activity, written, ActivitiesSync.ACTIVITY_UPDATED);
    }

    private Long nomisLocationOf(ActivitySchedule schedule) {
        if (schedule.dpsLocationId() == null) {
            return schedule.internalLocationId();
        }
        return locations.nomisLocationId(schedule.dpsLocationId(), "activity schedule " + schedule.id(),
                Map.of("activityScheduleId", Long.toString(schedule.id()), "prisonId", schedule.prisonCode()));
    }

    /** The course activity id an {@code ACTIVITY} mapping names. */
    static long courseActivityId(String nomisId) {
        return nomisNumber(nomisId);
    }

    /** The NOMIS id (course activity or course schedule) a mapping of this domain names: a positive number. */
    static long nomisNumber(String nomisId) {
        return Ids.parsePositiveLong(nomisId).orElseThrow(() -> new IllegalStateException(
                "an activities mapping's NOMIS id is not a positive number: " + Ids.quote(nomisId)));
    }
}
