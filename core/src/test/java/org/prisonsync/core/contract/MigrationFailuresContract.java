package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.migration.MigrationFailure;
import org.prisonsync.core.migration.MigrationFailures;

/** The {@link MigrationFailures} contract; subclasses return a fresh, empty store per test. */
public abstract class MigrationFailuresContract {
    private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

    private MigrationFailures failures;

    protected abstract MigrationFailures newFailures();

    @BeforeEach
    void createStore() {
        failures = newFailures();
    }

    @Test
    void recordedFailuresAreListedPerMigrationOrderedByEntityId() {
        failures.record(new MigrationFailure("m1", "VISITS", "20", "no room mapping", T0));
        failures.record(new MigrationFailure("m1", "VISITS", "10", "HTTP 422: bad", T0.plusSeconds(1)));
        failures.record(new MigrationFailure("m2", "VISITS", "30", "other run", T0));

        assertThat(failures.list("m1")).containsExactly(
                new MigrationFailure("m1", "VISITS", "10", "HTTP 422: bad", T0.plusSeconds(1)),
                new MigrationFailure("m1", "VISITS", "20", "no room mapping", T0));
        assertThat(failures.list("unknown")).isEmpty();
    }

    @Test
    void recordingTheSameEntityAgainKeepsOneRowWithTheLatestReason() {
        failures.record(new MigrationFailure("m1", "VISITS", "10", "first", T0));
        failures.record(new MigrationFailure("m1", "VISITS", "10", "second", T0.plusSeconds(5)));

        assertThat(failures.list("m1")).containsExactly(
                new MigrationFailure("m1", "VISITS", "10", "second", T0.plusSeconds(5)));
    }
}
