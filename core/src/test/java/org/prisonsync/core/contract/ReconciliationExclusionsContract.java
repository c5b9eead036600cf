package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.reconciliation.Exclusion;
import org.prisonsync.core.reconciliation.ReconciliationExclusions;

/** The {@link ReconciliationExclusions} contract; subclasses return a fresh, empty store per test. */
public abstract class ReconciliationExclusionsContract {
    /** Microsecond precision: the finest both H2 and PostgreSQL keep. */
    protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

    private ReconciliationExclusions exclusions;

    protected abstract ReconciliationExclusions newExclusions();

    @BeforeEach
    void createExclusions() {
        exclusions = newExclusions();
    }

    @Test
    void anAddedKeyIsListedAndContained_perReconciliation() {
        Exclusion booking = new Exclusion("incentives", "1200345", "IEP moved by hand, agreed with DPS", T0);

        assertThat(exclusions.add(booking)).isTrue();

        assertThat(exclusions.contains("incentives", "1200345")).isTrue();
        assertThat(exclusions.contains("alerts", "1200345")).isFalse();
        assertThat(exclusions.contains("incentives", "1200346")).isFalse();
        assertThat(exclusions.list("incentives")).containsExactly(booking);
        assertThat(exclusions.list("alerts")).isEmpty();
    }

    @Test
    void addingAListedKeyAgainReplacesItsReason() {
        exclusions.add(new Exclusion("alerts", "A1234BC", "first", T0));
        Exclusion second = new Exclusion("alerts", "A1234BC", "second", T0.plusSeconds(60));

        assertThat(exclusions.add(second)).isFalse();

        assertThat(exclusions.list("alerts")).containsExactly(second);
    }

    @Test
    void theListIsInKeyOrder() {
        for (String key : List.of("C9012DE", "A1234BC", "B5678CD")) {
            exclusions.add(new Exclusion("alerts", key, "known", T0));
        }

        assertThat(exclusions.list("alerts")).extracting(Exclusion::key)
                .containsExactly("A1234BC", "B5678CD", "C9012DE");
    }

    @Test
    void removeAnswersWhetherTheKeyWasListed() {
        exclusions.add(new Exclusion("alerts", "A1234BC", "known", T0));
        exclusions.add(new Exclusion("incentives", "A1234BC", "known", T0));

        assertThat(exclusions.remove("alerts", "A1234BC")).isTrue();
        assertThat(exclusions.remove("alerts", "A1234BC")).isFalse();
        assertThat(exclusions.remove("visits", "A1234BC")).isFalse();

        assertThat(exclusions.contains("alerts", "A1234BC")).isFalse();
        assertThat(exclusions.contains("incentives", "A1234BC")).isTrue();
    }

    @Test
    void concurrentAddsOfOneKeyLeaveOneExclusion() throws Exception {
        List<Boolean> added = Concurrently.run(8, i -> exclusions.add(
                new Exclusion("alerts", "A1234BC", "reason " + i, T0.plusSeconds(i))));

        assertThat(added).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(exclusions.list("alerts")).hasSize(1);
    }
}
