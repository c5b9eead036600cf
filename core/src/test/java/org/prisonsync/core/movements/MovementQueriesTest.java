package org.prisonsync.core.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
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

    @Test
    void aWindowWhoseFromIsAfterItsToIsRefusedRatherThanAnsweredEmpty() {
        world.released("B2222BB", "RELEASED");

        assertThatThrownBy(() -> world.queries.unmatchedBetween(MovementWorld.START.plusSeconds(1),
                MovementWorld.START)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from").hasMessageContaining("after");
    }

    @Test
    void windowEndsAreReadAsLocalLondonTimesDatesOrInstantsAlike() {
        // Summer: London is UTC+1, so the local time and the instant differ by an hour.
        Instant tenLondon = Instant.parse("2026-07-01T09:00:00Z");
        assertThat(MovementTimes.instant("from", "2026-07-01T10:00:00")).isEqualTo(tenLondon);
        assertThat(MovementTimes.instant("from", "2026-07-01T10:00")).isEqualTo(tenLondon);
        assertThat(MovementTimes.instant("from", "2026-07-01T09:00:00Z")).isEqualTo(tenLondon);
        assertThat(MovementTimes.instant("from", "2026-07-01T10:00:00+01:00")).isEqualTo(tenLondon);
        assertThat(MovementTimes.instant("from", "2026-07-01")).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
    }

    @Test
    void anUnreadableWindowEndIsRefusedNamingIt() {
        assertThatThrownBy(() -> MovementTimes.instant("to", "yesterday"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("to must be");
        assertThatThrownBy(() -> MovementTimes.instant("to", "2026-13-01T00:00:00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("to must be");
    }
}
