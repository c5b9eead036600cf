package org.prisonsync.core.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the CLI asks: unmatched rows and which half they lack, and a prisoner's rows. */
class MovementQueriesTest {
    private final MovementWorld world = new MovementWorld();

    @Test
    void unmatchedRowsSayWhichHalfIsMissing() {
        world.nomisMovement("A1111AA", 1L, 1, "ADM", "N", "IN");
        world.released("B2222BB", "RELEASED");
        world.nomisMovement("C3333CC", 3L, 1, "ADM", "N", "IN");
        world.received("C3333CC", "NEW_ADMISSION");
        world.later(Duration.ofHours(3));

        var unmatched = world.queries.unmatchedOverdue(MovementWorld.START);

        assertThat(unmatched).extracting(MatchingEventPair::prisonerNumber).containsExactly("A1111AA", "B2222BB");
        assertThat(unmatched.get(0).missingHalf()).contains("prisoner.received");
        assertThat(unmatched.get(1).missingHalf()).contains("NOMIS release");
        assertThat(world.queries.unmatchedBetween(MovementWorld.START, MovementWorld.START)).hasSize(2);
        assertThat(world.queries.ofPrisoner("C3333CC")).singleElement()
                .satisfies(row -> assertThat(row.missingHalf()).isEqualTo("nothing (matched)"));
    }
}
