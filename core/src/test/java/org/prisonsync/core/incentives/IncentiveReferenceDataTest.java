package org.prisonsync.core.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.queue.Disposition;

class IncentiveReferenceDataTest {
    private final IncentivesWorld world = new IncentivesWorld();

    @Test
    void aLevelNomisLacksIsInsertedAndOneItHasIsUpdated() {
        world.dps.putLevel(new IncentiveLevel("EN4", "Enhanced 4", true, false));

        assertThat(world.handle(IncentivesWorld.event(IncentivesSync.LEVEL_CHANGED,
                Map.of("incentiveLevel", "EN4")))).isEqualTo(Disposition.ACK);
        assertThat(world.nomis.findLevel("EN4")).contains(new NomisIncentiveLevel("EN4", "Enhanced 4", true));

        world.dps.putLevel(new IncentiveLevel("EN4", "Enhanced four", false, false));
        world.handle(IncentivesWorld.event(IncentivesSync.LEVEL_CHANGED, Map.of("incentiveLevel", "EN4")));

        assertThat(world.nomis.findLevel("EN4")).contains(new NomisIncentiveLevel("EN4", "Enhanced four", false));
        assertThat(world.telemetry.named("global-incentive-level-inserted")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("incentiveLevel", "EN4"));
        assertThat(world.telemetry.count("global-incentive-level-updated")).isEqualTo(1);
    }

    @Test
    void aLevelDpsDoesNotHoldIsRetriedAndNothingIsWritten() {
        Disposition disposition = world.handle(IncentivesWorld.event(IncentivesSync.LEVEL_CHANGED,
                Map.of("incentiveLevel", "EN4")));

        assertThat(disposition).isInstanceOf(Disposition.Retry.class);
        assertThat(world.nomis.findLevel("EN4")).isEmpty();
    }

    @Test
    void nomisTakesDpsOrderOfLevelsInactiveOnesIncluded() {
        for (String code : List.of("ENH", "STD", "BAS")) {
            world.nomis.createLevel(new NomisIncentiveLevel(code, code, true));
        }
        world.dps.putLevel(new IncentiveLevel("BAS", "Basic", true, false));
        world.dps.putLevel(new IncentiveLevel("ENT", "Entry", false, false));
        world.dps.putLevel(new IncentiveLevel("STD", "Standard", true, true));
        world.dps.putLevel(new IncentiveLevel("ENH", "Enhanced", true, false));

        assertThat(world.handle(IncentivesWorld.event(IncentivesSync.LEVELS_REORDERED, Map.of())))
                .isEqualTo(Disposition.ACK);

        assertThat(world.nomis.levelsInOrder()).extracting(NomisIncentiveLevel::code)
                .containsExactly("BAS", "STD", "ENH");
        assertThat(world.telemetry.named("global-incentive-levels-reordered")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("orderedIepCodes", "BAS,ENT,STD,ENH"));
    }

    @Test
    void aPrisonLevelNomisLacksIsInsertedAndOneItHasIsUpdated() {
        world.dps.putPrisonLevel(new PrisonIncentiveLevel("MDI", "STD", "Standard", true, true, 5500, 55000, 1800,
                18000, 2, 1));

        world.handle(IncentivesWorld.event(IncentivesSync.PRISON_LEVEL_CHANGED,
                Map.of("incentiveLevel", "STD", "prisonId", "MDI")));
        assertThat(world.nomis.findPrisonLevel("MDI", "STD")).contains(new NomisPrisonIncentiveLevel("MDI", "STD",
                true, true, 2, 1, 5500, 55000, 1800, 18000));

        world.dps.putPrisonLevel(new PrisonIncentiveLevel("MDI", "STD", "Standard", false, false, 6000, 60000, 2000,
                20000, 3, 2));
        world.handle(IncentivesWorld.event(IncentivesSync.PRISON_LEVEL_CHANGED,
                Map.of("incentiveLevel", "STD", "prisonId", "MDI")));

        assertThat(world.nomis.findPrisonLevel("MDI", "STD")).contains(new NomisPrisonIncentiveLevel("MDI", "STD",
                false, false, 3, 2, 6000, 60000, 2000, 20000));
        assertThat(world.telemetry.named("prison-incentive-level-inserted")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("prisonId", "MDI")
                        .containsEntry("incentiveLevel", "STD"));
        assertThat(world.telemetry.count("prison-incentive-level-updated")).isEqualTo(1);
    }
}
