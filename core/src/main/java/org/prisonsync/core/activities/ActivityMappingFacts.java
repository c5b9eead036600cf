package org.prisonsync.core.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.sync.MappingCheck;
import org.prisonsync.core.sync.MappingFacts;

/**
 * What an activity mapping retry asserts: DPS activity schedule {@code dpsId} and NOMIS course activity
 * {@code nomisId} both exist, in the same prison. The create claimed the schedule id.
 */
final class ActivityMappingFacts implements MappingFacts {
    private final ActivitiesDpsApi dps;
    private final ActivitiesNomisApi nomis;
    private final Clock clock;

    ActivityMappingFacts(ActivitiesDpsApi dps, ActivitiesNomisApi nomis, Clock clock) {
        this.dps = dps;
        this.nomis = nomis;
        this.clock = clock;
    }

    @Override
    public ClaimKey claimOf(Mapping mapping) {
        return new ClaimKey(ActivitiesSync.ENTITY_TYPE, mapping.dpsId());
    }

    @Override
    public MappingCheck check(Mapping mapping) {
        OptionalLong courseActivityId = Ids.parsePositiveLong(mapping.nomisId());
        if (courseActivityId.isEmpty()) {
            return MappingCheck.refuted("'" + Ids.quote(mapping.nomisId()) + "' is not a NOMIS course activity id");
        }
        OptionalLong scheduleId = Ids.parsePositiveLong(mapping.dpsId());
        if (scheduleId.isEmpty()) {
            return MappingCheck.refuted("'" + Ids.quote(mapping.dpsId()) + "' is not a DPS activity schedule id");
        }
        Optional<ActivitySchedule> schedule = dps.findSchedule(scheduleId.getAsLong(), LocalDate.now(clock));
        if (schedule.isEmpty()) {
            return MappingCheck.refuted("DPS activity schedule " + mapping.dpsId() + " does not exist");
        }
        Optional<NomisCourseActivity> course = nomis.findActivity(courseActivityId.getAsLong());
        if (course.isEmpty()) {
            return MappingCheck.refuted("NOMIS course activity " + mapping.nomisId() + " does not exist");
        }
        if (!course.get().prisonId().equals(schedule.get().prisonCode())) {
            return MappingCheck.refuted("NOMIS course activity " + mapping.nomisId() + " is in "
                    + course.get().prisonId() + ", DPS schedule " + mapping.dpsId() + " in "
                    + schedule.get().prisonCode());
        }
        return MappingCheck.confirmed();
    }
}
