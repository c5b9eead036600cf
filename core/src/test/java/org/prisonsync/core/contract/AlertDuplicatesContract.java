package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.alerts.AlertDuplicate;
import org.prisonsync.core.alerts.AlertDuplicates;

/** The {@link AlertDuplicates} contract, over a fresh empty store per test. */
public abstract class AlertDuplicatesContract {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract AlertDuplicates newStore();

    private AlertDuplicates store;

    @BeforeEach
    void create() {
        store = newStore();
    }

    private static AlertDuplicate duplicate(String dpsId, String prisoner) {
        return new AlertDuplicate(dpsId, prisoner, "HA", "1:1", "existing-" + dpsId, NOW);
    }

    @Test
    void aDuplicateIsRecordedOnceAndFoundByIdAndPrisoner() {
        assertThat(store.record(duplicate("d1", "A"))).isTrue();
        assertThat(store.record(duplicate("d1", "A"))).isFalse();
        store.record(duplicate("d2", "B"));

        assertThat(store.find("d1")).contains(duplicate("d1", "A"));
        assertThat(store.findByPrisoner("A")).containsExactly(duplicate("d1", "A"));
        assertThat(store.find("unknown")).isEmpty();
    }

    @Test
    void removeForgetsItOnce() {
        store.record(duplicate("d1", "A"));

        assertThat(store.remove("d1")).isTrue();
        assertThat(store.remove("d1")).isFalse();
        assertThat(store.find("d1")).isEmpty();
        assertThat(store.findByPrisoner("A")).isEmpty();
    }

    @Test
    void ofSimultaneousRecordsOfOneAlertExactlyOneWins() throws Exception {
        List<Boolean> results = Concurrently.run(8, i -> store.record(duplicate("race", "A")));

        assertThat(results).containsOnlyOnce(true);
    }
}
