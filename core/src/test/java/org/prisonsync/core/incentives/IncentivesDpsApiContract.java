package org.prisonsync.core.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The {@link IncentivesDpsApi} contract, for the in-memory twin and every adapter. What DPS holds is set up through
 * the hooks (not the port, which only reads); each test uses prisoners, codes and prisons of its own.
 */
public abstract class IncentivesDpsApiContract {
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 14, 30, 5);

    protected abstract IncentivesDpsApi api();

    /** A review made in DPS (not through the port), returned with the id DPS gave it. */
    protected abstract IncentiveReview givenReview(String prisonerNumber, long bookingId, String iepCode,
                                                   LocalDateTime at, String agencyId, String comments);

    protected abstract void givenLevel(IncentiveLevel level);

    protected abstract void givenPrisonLevel(PrisonIncentiveLevel level);

    private static String newPrisoner() {
        return String.format("D%04dPC", UNIQUE.incrementAndGet() % 10_000);
    }

    private static String newCode() {
        return String.format("Z%04d", UNIQUE.incrementAndGet() % 10_000);
    }

    @Test
    void aReviewIsFoundByItsIdWithItsFields() {
        String prisoner = newPrisoner();
        IncentiveReview given = givenReview(prisoner, 1234567, "ENH", AT, "MDI", "a review took place");

        IncentiveReview found = api().findReview(given.id()).orElseThrow();

        assertThat(found.prisonerNumber()).isEqualTo(prisoner);
        assertThat(found.bookingId()).isEqualTo(1234567);
        assertThat(found.iepCode()).isEqualTo("ENH");
        assertThat(found.reviewedAt()).isEqualTo(AT);
        assertThat(found.agencyId()).isEqualTo("MDI");
        assertThat(found.comments()).isEqualTo("a review took place");
    }

    @Test
    void anUnknownReviewIsEmpty() {
        assertThat(api().findReview(987_654_321L)).isEmpty();
    }

    @Test
    void thePrisonersCurrentReviewIsTheLatest() {
        String prisoner = newPrisoner();
        givenReview(prisoner, 1234567, "STD", AT, "MDI", null);
        IncentiveReview latest = givenReview(prisoner, 1234567, "ENH", AT.plusDays(7), "MDI", null);
        givenReview(newPrisoner(), 7654321, "BAS", AT.plusDays(9), "LEI", null);

        assertThat(api().currentReview(prisoner)).map(IncentiveReview::id).contains(latest.id());
        assertThat(api().currentReview(newPrisoner())).isEmpty();
    }

    @Test
    void levelsAreFoundByCodeAndListedWithTheInactiveOnesInOrder() {
        String first = newCode();
        String second = newCode();
        givenLevel(new IncentiveLevel(first, "First level", true, false));
        givenLevel(new IncentiveLevel(second, "Second level", false, false));

        assertThat(api().findLevel(second)).contains(new IncentiveLevel(second, "Second level", false, false));
        assertThat(api().findLevel(newCode())).isEmpty();
        assertThat(api().levels()).extracting(IncentiveLevel::code).containsSubsequence(first, second);
    }

    @Test
    void aPrisonLevelIsFoundByPrisonAndCode() {
        String prison = newCode();
        PrisonIncentiveLevel level = new PrisonIncentiveLevel(prison, "STD", "Standard", true, true, 5500, 55000, 1800,
                18000, 2, 1);
        givenPrisonLevel(level);

        assertThat(api().findPrisonLevel(prison, "STD")).contains(level);
        assertThat(api().findPrisonLevel(prison, "ENH")).isEmpty();
    }
}
