package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.ForwardingMappingStore;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.telemetry.TelemetryEvent;

/**
 * Seed 000's "duplicate activity detected": a schedule created in NOMIS by two writers (the second after the first's
 * claim ran out, say) is reported once with the NOMIS id to delete, and the repair deletes that course activity after
 * a dry run that changes nothing, refusing a mapped one and one that is not a copy.
 */
class DuplicateCourseActivityTest {
    private static final String DUPLICATE_EVENT = "to-nomis-synch-activity-duplicate";

    private ActivitiesWorld world;
    private long existing;
    private long duplicate;

    /** Before this consumer's mapping is saved, another writer creates and maps its own copy of the schedule. */
    private final class AnotherWriterFirst extends ForwardingMappingStore {
        private boolean done;

        AnotherWriterFirst(MappingStore delegate) {
            super(delegate);
        }

        @Override
        public MappingSaveResult save(Mapping mapping) {
            if (!done && mapping.entityType().equals(ActivitiesSync.ENTITY_TYPE)) {
                done = true;
                CourseActivityRequest same = world.nomis.activityAsWritten(Long.parseLong(mapping.nomisId()))
                        .orElseThrow();
                long copy = world.nomis.createActivity(same).courseActivityId();
                delegate.save(Mapping.of(mapping.entityType(), Long.toString(copy), mapping.dpsId(), null,
                        mapping.mappingType()));
            }
            return delegate.save(mapping);
        }
    }

    @BeforeEach
    void aScheduleCreatedTwiceInNomis() {
        world = new ActivitiesWorld(AnotherWriterFirst::new);
        world.schedule(1);
        world.handle(ActivitiesWorld.scheduleCreated(1));
        List<TelemetryEvent> reported = world.telemetry.named(DUPLICATE_EVENT);
        assertThat(reported).hasSize(1);
        Map<String, String> properties = reported.get(0).properties();
        existing = world.courseActivityId(1);
        duplicate = Long.parseLong(properties.get("duplicateNomisCourseActivityId"));
        assertThat(properties).containsEntry("existingNomisCourseActivityId", Long.toString(existing))
                .containsEntry("duplicateActivityScheduleId", "1");
        assertThat(duplicate).isNotEqualTo(existing);
        assertThat(world.nomis.courseActivityIds()).containsExactlyInAnyOrder(existing, duplicate);
    }

    private DuplicateCourseActivity repair() {
        return world.core.domain(ActivitiesDomain.class).duplicates();
    }

    @Test
    void theDuplicateIsReportedOnceWithTheIdToDeleteAndTheRepairDeletesItAfterADryRun() {
        RepairReport planned = repair().delete(duplicate, existing, true);

        assertThat(planned.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(planned.actions()).singleElement().asString()
                .startsWith("delete NOMIS course activity " + duplicate + " (")
                .endsWith("a copy of course activity " + existing + ", which is mapped to DPS activity schedule 1");
        assertThat(world.nomis.courseActivityIds()).containsExactlyInAnyOrder(existing, duplicate);

        RepairReport done = repair().delete(duplicate, existing, false);

        assertThat(done.status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomis.courseActivityIds()).containsExactly(existing);
        assertThat(world.activityMapping(1).orElseThrow().nomisId()).isEqualTo(Long.toString(existing));
        assertThat(world.telemetry.named(DuplicateCourseActivity.DELETED)).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("duplicateNomisCourseActivityId",
                        Long.toString(duplicate)));
        assertThat(repair().delete(duplicate, existing, false).status()).isEqualTo(RepairReport.Status.NOT_FOUND);
    }

    @Test
    void operatorsAreToldTheCommandThatDeletesTheDuplicate() {
        Map<String, String> reported = world.telemetry.named(DUPLICATE_EVENT).get(0).properties();

        assertThat(world.core.notifyRules()).filteredOn(rule -> rule.matches(DUPLICATE_EVENT)).singleElement()
                .satisfies(rule -> assertThat(rule.command(reported)).isEqualTo("prison-sync activities "
                        + "delete-duplicate " + duplicate + " --existing-course-activity-id " + existing
                        + " --dry-run"));
    }

    @Test
    void theRepairRefusesTheMappedOneAnUnmappedOriginalAndANonCopy() {
        assertThat(repair().delete(existing, duplicate, false).status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(repair().delete(duplicate, duplicate, false).status()).isEqualTo(RepairReport.Status.REFUSED);

        ActivitySchedule one = world.schedule(2);
        world.dps.putSchedule(new ActivitySchedule(2, 20, "MDI", "Woodwork", "SAA_INDUSTRIES", "H", false,
                "Woodwork AM", 27L, 12, ActivitiesWorld.TODAY.minusDays(3), null, false, one.slots(),
                one.instances()));
        world.handle(ActivitiesWorld.scheduleCreated(2));
        long other = world.courseActivityId(2);
        RepairReport notACopy = repair().delete(duplicate, other, false);
        assertThat(notACopy.status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(notACopy.message()).contains("is not a copy");

        assertThat(repair().delete(999_999, existing, true).status()).isEqualTo(RepairReport.Status.NOT_FOUND);
        assertThat(world.nomis.courseActivityIds()).contains(existing, duplicate, other);
    }
}
