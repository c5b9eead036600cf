package org.prisonsync.core.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.prisonsync.core.queue.Disposition;

/** Every field of the incentives events is checked at the edge: a bad one is dead-lettered at once, naming it. */
class IncentiveEventValidationTest {

    static Stream<Arguments> badEvents() {
        return Stream.of(
                Arguments.of(IncentivesSync.REVIEW_INSERTED, Map.of("nomsNumber", "A1234BC"), "additionalInformation.id"),
                Arguments.of(IncentivesSync.REVIEW_INSERTED, Map.of("id", "12a"), "additionalInformation.id"),
                Arguments.of(IncentivesSync.REVIEW_INSERTED, Map.of("id", "-7"), "additionalInformation.id"),
                Arguments.of(IncentivesSync.REVIEW_INSERTED, Map.of("id", "\u0661\u0663"), "additionalInformation.id"),
                Arguments.of(IncentivesSync.REVIEW_INSERTED, Map.of("id", 12.5), "additionalInformation.id"),
                Arguments.of(IncentivesSync.REVIEW_INSERTED, Map.of("id", "99999999999999999999999"),
                        "additionalInformation.id"),
                Arguments.of(IncentivesSync.REVIEW_INSERTED, Map.of("id", 12, "nomsNumber", "a1234bc"),
                        "additionalInformation.nomsNumber"),
                Arguments.of(IncentivesSync.REVIEW_INSERTED, Map.of("id", 12, "reason", "R".repeat(41)),
                        "additionalInformation.reason"),
                Arguments.of(IncentivesSync.LEVEL_CHANGED, Map.of(), "additionalInformation.incentiveLevel"),
                Arguments.of(IncentivesSync.LEVEL_CHANGED, Map.of("incentiveLevel", "st"),
                        "additionalInformation.incentiveLevel"),
                Arguments.of(IncentivesSync.LEVEL_CHANGED, Map.of("incentiveLevel", "STANDARD"),
                        "additionalInformation.incentiveLevel"),
                Arguments.of(IncentivesSync.LEVEL_CHANGED, Map.of("incentiveLevel", "ST/D"),
                        "additionalInformation.incentiveLevel"),
                Arguments.of(IncentivesSync.PRISON_LEVEL_CHANGED, Map.of("incentiveLevel", "STD"),
                        "additionalInformation.prisonId"),
                Arguments.of(IncentivesSync.PRISON_LEVEL_CHANGED, Map.of("incentiveLevel", "STD", "prisonId", "../x"),
                        "additionalInformation.prisonId"));
    }

    @ParameterizedTest
    @MethodSource("badEvents")
    void aBadFieldIsRejectedAtOnceWithItsName(String eventType, Map<String, Object> info, String field) {
        IncentivesWorld world = new IncentivesWorld();
        world.nomis.admit("A1234BC");

        Disposition disposition = world.handle(IncentivesWorld.event(eventType, new HashMap<>(info)));

        assertThat(disposition).isInstanceOfSatisfying(Disposition.DeadLetter.class,
                d -> assertThat(d.reason()).contains("'" + field + "'"));
        assertThat(world.nomis.creates()).isZero();
        assertThat(world.nomis.levelsInOrder()).isEmpty();
    }
}
