package org.prisonsync.core.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;

/**
 * The {@link IncentivesNomisApi} contract, for the in-memory twin and every adapter. Implementations may keep state
 * across tests, so each test uses prisoners, level codes and prisons of its own.
 */
public abstract class IncentivesNomisApiContract {
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 14, 30, 5);

    protected abstract IncentivesNomisApi api();

    /** Gives the prisoner a new current booking in NOMIS (not through the port) and returns its id. */
    protected abstract long admit(String offenderNo);

    private static String newPrisoner() {
        return String.format("I%04dNC", UNIQUE.incrementAndGet() % 10_000);
    }

    /** A level code no other test uses: three to six upper-case letters and digits. */
    private static String newCode() {
        return String.format("Q%04d", UNIQUE.incrementAndGet() % 10_000);
    }

    @Test
    void aCreatedIepIsFoundOnTheCurrentBookingWithItsFieldsAndIsCurrent() {
        String prisoner = newPrisoner();
        long booking = admit(prisoner);

        NomisIncentiveId id = api().createIncentive(prisoner,
                new NomisIncentiveRequest("ENH", "good behaviour", AT, "MDI", "OFFICER_A"));

        assertThat(id.bookingId()).isEqualTo(booking);
        NomisIncentive found = api().findIncentive(id).orElseThrow();
        assertThat(found.offenderNo()).isEqualTo(prisoner);
        assertThat(found.levelCode()).isEqualTo("ENH");
        assertThat(found.iepDateTime()).isEqualTo(AT);
        assertThat(found.prisonId()).isEqualTo("MDI");
        assertThat(found.commentText()).isEqualTo("good behaviour");
        assertThat(found.currentIep()).isTrue();
        assertThat(api().currentIncentive(booking)).map(NomisIncentive::id).contains(id);
    }

    @Test
    void theLastIepWrittenIsCurrentEvenWhenItIsDatedEarlier() {
        String prisoner = newPrisoner();
        long booking = admit(prisoner);
        NomisIncentiveId later = api().createIncentive(prisoner, new NomisIncentiveRequest("ENH", null, AT, "MDI",
                null));

        NomisIncentiveId earlier = api().createIncentive(prisoner, new NomisIncentiveRequest("STD", null,
                AT.minusDays(1), "MDI", null));

        assertThat(earlier.sequence()).isEqualTo(later.sequence() + 1);
        assertThat(api().currentIncentive(booking)).map(NomisIncentive::levelCode).contains("STD");
        assertThat(api().findIncentive(later)).map(NomisIncentive::currentIep).contains(false);
    }

    @Test
    void anUnknownPrisonerCannotBeGivenAnIep() {
        assertThatThrownBy(() -> api().createIncentive(newPrisoner(),
                new NomisIncentiveRequest("STD", null, AT, "MDI", null)))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void unknownIepsAndBookingsWithoutIepsAreEmpty() {
        long booking = admit(newPrisoner());

        assertThat(api().currentIncentive(booking)).isEmpty();
        assertThat(api().findIncentive(new NomisIncentiveId(booking, 1))).isEmpty();
    }

    @Test
    void aGlobalLevelIsCreatedFoundAndUpdated() {
        String code = newCode();
        assertThat(api().findLevel(code)).isEmpty();
        assertThat(api().updateLevel(new NomisIncentiveLevel(code, "Nothing", true))).isFalse();

        api().createLevel(new NomisIncentiveLevel(code, "Enhanced 4", true));
        assertThat(api().findLevel(code)).contains(new NomisIncentiveLevel(code, "Enhanced 4", true));

        assertThat(api().updateLevel(new NomisIncentiveLevel(code, "Enhanced four", false))).isTrue();
        assertThat(api().findLevel(code)).contains(new NomisIncentiveLevel(code, "Enhanced four", false));
    }

    @Test
    void aPrisonLevelIsCreatedFoundAndUpdated() {
        String prison = newCode();
        NomisPrisonIncentiveLevel level = new NomisPrisonIncentiveLevel(prison, "STD", true, true, 2, 1, 5500,
                55000, 1800, 18000);
        assertThat(api().findPrisonLevel(prison, "STD")).isEmpty();
        assertThat(api().updatePrisonLevel(level)).isFalse();

        api().createPrisonLevel(level);
        assertThat(api().findPrisonLevel(prison, "STD")).contains(level);

        NomisPrisonIncentiveLevel changed = new NomisPrisonIncentiveLevel(prison, "STD", false, false, 3, 2, 6000,
                60000, 2000, 20000);
        assertThat(api().updatePrisonLevel(changed)).isTrue();
        assertThat(api().findPrisonLevel(prison, "STD")).contains(changed);
    }
}
