package org.prisonsync.core.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Ids;

/**
 * Reads a DPS schedule with its pay and writes it to NOMIS, for the create and the amend alike. Sessions are read
 * from today on, as upstream does: NOMIS keeps the past ones as they were paid. Every write that NOMIS answers with
 * its course schedules links the scheduled instances not yet mapped ({@link ScheduleLinks}).
 */
final class CourseActivityWriter {
    private final ActivitiesDpsApi dps;
    private final ActivitiesNomisApi nomis;
    private final MappingStore mappings;
    private final ScheduleLinks links;
    private final Clock clock;

    CourseActivityWriter(ActivitiesDpsApi dps, ActivitiesNomisApi nomis, MappingStore mappings, Clock clock) {
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
                instance -> Optional.empty()));
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
                instance -> mappings.findByDpsId(ActivitiesSync.SCHEDULE_ENTITY_TYPE, Long.toString(instance))
                        .map(m -> Ids.parsePositiveLong(m.nomisId()))
                        .filter(java.util.OptionalLong::isPresent)
                        .map(java.util.OptionalLong::getAsLong));
        CourseActivityWritten written = nomis.updateActivity(courseActivityId, request);
        return link(activity, written, ActivitiesSync.ACTIVITY_UPDATED);
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
