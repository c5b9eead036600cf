package org.prisonsync.core.activities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;

/**
 * The mappings of scheduled instances to NOMIS course schedules ({@code ACTIVITY_SCHEDULE}), made from what NOMIS
 * answered a create or amend: an instance not yet mapped is paired with the course schedule of the same date, start
 * and end time that no other instance holds (upstream's match). Saving is idempotent, so linking again after a
 * redelivery changes nothing.
 */
final class ScheduleLinks {
    private final MappingStore mappings;

    ScheduleLinks(MappingStore mappings) {
        this.mappings = mappings;
    }

    /** True when every instance is mapped already (nothing for NOMIS to answer). */
    boolean allMapped(List<ScheduledInstance> instances) {
        return instances.stream().allMatch(i -> mappings.findByDpsId(ActivitiesSync.SCHEDULE_ENTITY_TYPE,
                Long.toString(i.id())).isPresent());
    }

    /** Links what can be linked; answers how many instances are still without a course schedule. */
    int link(List<ScheduledInstance> instances, List<NomisCourseSchedule> courseSchedules, String mappingType) {
        Set<Long> taken = new HashSet<>();
        int unlinked = 0;
        for (ScheduledInstance instance : instances) {
            String dpsId = Long.toString(instance.id());
            if (mappings.findByDpsId(ActivitiesSync.SCHEDULE_ENTITY_TYPE, dpsId).isPresent()) {
                continue;
            }
            NomisCourseSchedule match = courseSchedules.stream()
                    .filter(s -> !taken.contains(s.courseScheduleId()) && instance.sameSessionAs(s))
                    .filter(s -> mappings.findByNomisId(ActivitiesSync.SCHEDULE_ENTITY_TYPE,
                            Long.toString(s.courseScheduleId())).isEmpty())
                    .findFirst().orElse(null);
            if (match == null) {
                unlinked++;
                continue;
            }
            taken.add(match.courseScheduleId());
            MappingSaveResult saved = mappings.save(Mapping.of(ActivitiesSync.SCHEDULE_ENTITY_TYPE,
                    Long.toString(match.courseScheduleId()), dpsId, null, mappingType));
            if (saved instanceof MappingSaveResult.Conflict) {
                unlinked++;
            }
        }
        return unlinked;
    }
}
