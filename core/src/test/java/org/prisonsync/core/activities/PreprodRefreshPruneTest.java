package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.InvalidParameterException;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.repair.RepairReport;

/**
 * Seed 000's preprod-refresh prune: exactly the mappings above each side's highest id go, the dry run lists them and
 * changes nothing, and every other mapping (below the bounds, or another domain's) stays.
 */
class PreprodRefreshPruneTest {
    private static final String ACTIVITY = ActivitiesSync.ENTITY_TYPE;
    private static final String INSTANCE = ActivitiesSync.SCHEDULE_ENTITY_TYPE;

    private ActivitiesWorld world;
    private long highestCourseActivity;
    private long highestCourseSchedule;

    @BeforeEach
    void aRefreshedPreprod() {
        world = new ActivitiesWorld();
        world.mappedSchedule(1);
        highestCourseActivity = world.courseActivityId(1);
        highestCourseSchedule = world.nomis.highestCourseScheduleId();
        assertThat(world.courseScheduleId(102)).isLessThanOrEqualTo(highestCourseSchedule);
        // production's mappings, copied by the refresh
        plant(ACTIVITY, highestCourseActivity + 500, 2);
        plant(ACTIVITY, highestCourseActivity - 1000, 900);
        plant(ACTIVITY, highestCourseActivity + 7000, 700);
        plant(ACTIVITY, highestCourseActivity - 1001, 3);
        plant(INSTANCE, highestCourseSchedule + 100, 50);
        plant(INSTANCE, highestCourseSchedule - 100_000, 99_999);
        plant(INSTANCE, highestCourseSchedule - 100_001, 500);
        world.storedMappings.save(Mapping.of("VISIT", "99999999", "99999999", "A1234BC", MappingTypes.ONLINE));
    }

    private void plant(String type, long nomisId, long dpsId) {
        world.storedMappings.save(Mapping.of(type, Long.toString(nomisId), Long.toString(dpsId), null,
                MappingTypes.MIGRATED));
    }

    private PreprodRefreshPrune.HighestIds highest(OptionalLong courseSchedule) {
        return new PreprodRefreshPrune.HighestIds(highestCourseActivity, courseSchedule, 5, 1000);
    }

    private PreprodRefreshPrune prune() {
        return world.core.domain(ActivitiesDomain.class).prune();
    }

    private List<String> pairs() {
        return world.storedMappings.all().stream().map(m -> m.entityType() + " " + m.nomisId() + "⇄" + m.dpsId())
                .sorted().toList();
    }

    private List<String> survivors() {
        return List.of(
                ACTIVITY + " " + highestCourseActivity + "⇄1",
                ACTIVITY + " " + (highestCourseActivity - 1001) + "⇄3",
                INSTANCE + " " + world.courseScheduleId(102) + "⇄102",
                INSTANCE + " " + (highestCourseSchedule - 100_001) + "⇄500",
                "VISIT 99999999⇄99999999").stream().sorted().toList();
    }

    @Test
    void theDryRunListsEachMappingAboveAHighestIdOnceAndChangesNothing() {
        List<String> before = pairs();

        RepairReport report = prune().prune(highest(OptionalLong.empty()), true);

        assertThat(report.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(report.actions()).containsExactly(
                "delete the mapping of NOMIS course activity " + (highestCourseActivity + 500)
                        + " to DPS activity schedule 2: its NOMIS course activity id is above NOMIS's highest, "
                        + highestCourseActivity,
                "delete the mapping of NOMIS course activity " + (highestCourseActivity + 7000)
                        + " to DPS activity schedule 700: its NOMIS course activity id is above NOMIS's highest, "
                        + highestCourseActivity,
                "delete the mapping of NOMIS course activity " + (highestCourseActivity - 1000)
                        + " to DPS activity schedule 900: its DPS activity schedule id is above DPS's highest, 5",
                "delete the mapping of NOMIS course schedule " + (highestCourseSchedule + 100)
                        + " to DPS scheduled instance 50: its NOMIS course schedule id is above NOMIS's highest, "
                        + highestCourseSchedule + " (read from NOMIS)",
                "delete the mapping of NOMIS course schedule " + (highestCourseSchedule - 100_000)
                        + " to DPS scheduled instance 99999: its DPS scheduled instance id is above DPS's highest, "
                        + "1000");
        assertThat(report.message()).startsWith("5 mappings above the highest ids");
        assertThat(pairs()).isEqualTo(before);
        assertThat(world.telemetry.count("activity-mapping-prune-success")).isZero();
    }

    @Test
    void theRealRunDeletesExactlyThoseAndKeepsEveryOtherMapping() {
        RepairReport report = prune().prune(highest(OptionalLong.empty()), false);

        assertThat(report.status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(report.actions()).hasSize(5);
        assertThat(report.message()).startsWith("5 mappings deleted");
        assertThat(pairs()).isEqualTo(survivors());
        assertThat(world.telemetry.named("activity-mapping-prune-success")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("activityMappingsDeleted", "3")
                        .containsEntry("scheduledInstanceMappingsDeleted", "2")
                        .containsEntry("highestCourseScheduleId", Long.toString(highestCourseSchedule)));

        RepairReport again = prune().prune(highest(OptionalLong.empty()), false);
        assertThat(again.status()).isEqualTo(RepairReport.Status.NOTHING_TO_DO);
        assertThat(pairs()).isEqualTo(survivors());
    }

    @Test
    void aCourseScheduleIdGivenIsUsedInsteadOfNomissOwn() {
        RepairReport report = prune().prune(highest(OptionalLong.of(highestCourseSchedule + 100)), true);

        assertThat(report.actions()).hasSize(4).noneMatch(a -> a.contains("scheduled instance 50:"));

        RepairReport lower = prune().prune(highest(OptionalLong.of(world.courseScheduleId(102) - 1)), true);
        assertThat(lower.actions()).anyMatch(a -> a.contains("NOMIS course schedule " + world.courseScheduleId(102)
                + " to DPS scheduled instance 102"));
    }

    @Test
    void theOperationReadsItsParametersStrictly() {
        Operation operation = ActivityOperations.all(() -> world.core.domain(ActivitiesDomain.class))
                .stream().filter(o -> o.name().equals(PreprodRefreshPrune.NAME)).findFirst().orElseThrow();
        Map<String, String> given = new HashMap<>(Map.of("highestCourseActivityId",
                Long.toString(highestCourseActivity), "highestActivityScheduleId", "5",
                "highestScheduledInstanceId", "1000", "dryRun", "true"));

        Answer planned = operation.run(given);
        assertThat(planned).isInstanceOfSatisfying(Answer.Done.class, done ->
                assertThat(((RepairReport) done.body()).actions()).hasSize(5));
        assertThat(world.storedMappings.all()).hasSize(survivors().size() + 5);

        for (Map.Entry<String, String> bad : List.of(Map.entry("highestActivityScheduleId", "-1"),
                Map.entry("highestActivityScheduleId", "5x"), Map.entry("highestActivityScheduleId", "٥"),
                Map.entry("highestScheduledInstanceId", "99999999999999999999"), Map.entry("dryRun", "yes"),
                Map.entry("highestCourseScheduleId", "+3"), Map.entry("maxId", "1"))) {
            Map<String, String> wrong = new HashMap<>(given);
            wrong.put(bad.getKey(), bad.getValue());
            assertThatThrownBy(() -> operation.run(wrong)).as(bad.toString())
                    .isInstanceOf(InvalidParameterException.class);
        }
        Map<String, String> missing = new HashMap<>(given);
        missing.remove("highestCourseActivityId");
        assertThatThrownBy(() -> operation.run(missing)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("highestCourseActivityId");
        assertThat(world.storedMappings.all()).hasSize(survivors().size() + 5);
    }
}
