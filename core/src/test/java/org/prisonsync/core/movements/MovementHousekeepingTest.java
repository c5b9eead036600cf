package org.prisonsync.core.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.movements.inmemory.InMemoryMatchingEventPairs;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;

/** Seed 003 "Cronjob" / §A.5: purge, late matches, the non-match report, and the dry run. */
class MovementHousekeepingTest {
    private static final Instant NOW = Instant.parse("2026-08-01T12:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryMatchingEventPairs pairs = new InMemoryMatchingEventPairs(clock);
    private final RecordingTelemetry telemetry = new RecordingTelemetry(clock);

    private MovementHousekeeping housekeeping(MovementSettings settings) {
        return new MovementHousekeeping(pairs, telemetry, clock, settings);
    }

    private MatchingEventPair row(String prisoner, Instant created, boolean matched) {
        MatchingEventPair half = MatchingEventPair.offenderHalf(MatchType.RECEIVED, prisoner, 1L, "N",
                LocalDateTime.parse("2026-01-01T10:00:00")).withCreated(created);
        return pairs.put(matched ? half.withDomain("NEW_ADMISSION", LocalDateTime.parse("2026-01-01T10:00:01"))
                .asMatched("test") : half);
    }

    // §A.5: matched rows older than 6 months are purged (database-purge); unmatched rows never are.
    @Test
    void matchedRowsOlderThanSixMonthsArePurgedButUnmatchedOnesAreKept() {
        row("A0000AA", NOW.minus(Duration.ofDays(200)), true);
        MatchingEventPair oldUnmatched = row("B0000BB", NOW.minus(Duration.ofDays(200)), false);
        MatchingEventPair recent = row("C0000CC", NOW.minus(Duration.ofDays(100)), true);

        HousekeepingReport report = housekeeping(MovementSettings.DEFAULTS).run(false);

        assertThat(report.purged()).isEqualTo(1);
        assertThat(pairs.all()).containsExactly(oldUnmatched, recent);
        assertThat(telemetry.named("database-purge")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("deleted-rows", "1"));
    }

    @Test
    void thePurgeAgeIsConfigurable() {
        row("C0000CC", NOW.minus(Duration.ofDays(100)), true);

        assertThat(housekeeping(MovementSettings.DEFAULTS.withPurgeAfter(Period.ofMonths(3))).run(false).purged())
                .isEqualTo(1);
        assertThat(pairs.all()).isEmpty();
    }

    // Upstream reports count plus the first 20 rows under keys "1".."20".
    @Test
    void theNonMatchEventCarriesTheCountAndAtMostTwentyRows() {
        for (int i = 0; i < 25; i++) {
            row(String.format("A%04dAA", i), NOW.minus(Duration.ofHours(3)), false);
        }

        HousekeepingReport report = housekeeping(MovementSettings.DEFAULTS).run(false);

        assertThat(report.unmatchedCount()).isEqualTo(25);
        var properties = telemetry.named("non-match-event").get(0).properties();
        assertThat(properties).containsEntry("count", "25").containsKeys("1", "20").doesNotContainKey("21");
    }

    // The default window is 4 h to 2 h ago: newer rows may still pair live, older ones were reported before.
    @Test
    void theDefaultWindowLooksAtRowsBetweenFourAndTwoHoursOld() {
        row("A0000AA", NOW.minus(Duration.ofMinutes(90)), false);
        MatchingEventPair inWindow = row("B0000BB", NOW.minus(Duration.ofHours(3)), false);
        row("C0000CC", NOW.minus(Duration.ofHours(5)), false);

        assertThat(housekeeping(MovementSettings.DEFAULTS).run(false).unmatched()).containsExactly(inWindow);
    }

    // On demand with an operator's window in London local time (BST in August: UTC+1).
    @Test
    void anExplicitWindowIsReadAsLondonLocalTime() {
        MatchingEventPair at = row("A0000AA", Instant.parse("2026-08-01T08:00:00Z"), false);

        HousekeepingReport report = housekeeping(MovementSettings.DEFAULTS).run(
                LocalDateTime.parse("2026-08-01T09:00:00"), LocalDateTime.parse("2026-08-01T09:00:00"), false);

        assertThat(report.from()).isEqualTo(Instant.parse("2026-08-01T08:00:00Z"));
        assertThat(report.unmatched()).containsExactly(at);
        assertThatThrownBy(() -> housekeeping(MovementSettings.DEFAULTS).run(NOW, NOW.minusSeconds(1), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // A dry run says what it would purge, match and report, and writes and tracks nothing.
    @Test
    void aDryRunReportsWithoutWritingOrTracking() {
        row("A0000AA", NOW.minus(Duration.ofDays(200)), true);
        Instant created = NOW.minus(Duration.ofHours(3));
        pairs.put(MatchingEventPair.offenderHalf(MatchType.RECEIVED, "B0000BB", 5L, MovementReasons.MERGE_EVENT,
                LocalDateTime.parse("2026-08-01T10:00:00")).withCreated(created));
        MatchingEventPair unmatched = row("C0000CC", created, false);
        var before = pairs.all();

        HousekeepingReport report = housekeeping(MovementSettings.DEFAULTS).run(true);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.purged()).isEqualTo(1);
        assertThat(report.matches()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(BatchMatchKind.MERGE_WITHOUT_ADMISSION);
            assertThat(m.applied()).isFalse();
        });
        assertThat(report.unmatched()).containsExactly(unmatched);
        assertThat(report.summary()).isEqualTo("Dry run: would find 1 non-matching events");
        assertThat(pairs.all()).isEqualTo(before);
        assertThat(telemetry.events()).isEmpty();
    }

    // A late match that lost a race with live pairing (the row got matched meanwhile) is reported as not applied.
    @Test
    void aLateMatchOfARowMatchedMeanwhileIsNotApplied() {
        MatchingEventPairs racing = new RacingPairs(pairs);
        pairs.put(MatchingEventPair.offenderHalf(MatchType.RECEIVED, "B0000BB", 5L, MovementReasons.MERGE_EVENT,
                LocalDateTime.parse("2026-08-01T10:00:00")).withCreated(NOW.minus(Duration.ofHours(3))));

        HousekeepingReport report = new MovementHousekeeping(racing, telemetry, clock, MovementSettings.DEFAULTS)
                .run(false);

        assertThat(report.matches()).singleElement().satisfies(m -> assertThat(m.applied()).isFalse());
        assertThat(telemetry.count("batch-match")).isZero();
    }

    /** Matches every unmatched row just before housekeeping's markMatched arrives. */
    private static final class RacingPairs implements MatchingEventPairs {
        private final InMemoryMatchingEventPairs delegate;

        RacingPairs(InMemoryMatchingEventPairs delegate) {
            this.delegate = delegate;
        }

        @Override
        public MatchResult matchOrInsert(MatchAttempt attempt) {
            return delegate.matchOrInsert(attempt);
        }

        @Override
        public java.util.List<MatchingEventPair> findUnmatched(Instant from, Instant to) {
            return delegate.findUnmatched(from, to);
        }

        @Override
        public long countUnmatched(Instant from, Instant to) {
            return delegate.countUnmatched(from, to);
        }

        @Override
        public java.util.List<MatchingEventPair> findWithReason(String reason, Instant from, Instant to) {
            return delegate.findWithReason(reason, from, to);
        }

        @Override
        public java.util.List<MatchingEventPair> findByPrisoner(String prisonerNumber) {
            return delegate.findByPrisoner(prisonerNumber);
        }

        @Override
        public boolean markMatched(MatchingEventPair completed, Long absorbedId) {
            delegate.markMatched(completed.asMatched("live"), null);
            return delegate.markMatched(completed, absorbedId);
        }

        @Override
        public boolean delete(long id) {
            return delegate.delete(id);
        }

        @Override
        public long purgeMatchedBefore(Instant cutoff) {
            return delegate.purgeMatchedBefore(cutoff);
        }

        @Override
        public long countMatchedBefore(Instant cutoff) {
            return delegate.countMatchedBefore(cutoff);
        }
    }
}
