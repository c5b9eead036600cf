package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.movements.Counterpart;
import org.prisonsync.core.movements.MatchAttempt;
import org.prisonsync.core.movements.MatchResult;
import org.prisonsync.core.movements.MatchType;
import org.prisonsync.core.movements.MatchingEventPair;
import org.prisonsync.core.movements.MatchingEventPairs;
import org.prisonsync.core.movements.MovementReasons;

/** The {@link MatchingEventPairs} contract. Subclasses return an empty store per test. */
public abstract class MatchingEventPairsContract {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");
    private static final LocalDateTime ADM_TIME = LocalDateTime.parse("2026-03-01T10:00:01.5");
    private static final LocalDateTime DOMAIN_TIME = LocalDateTime.parse("2026-03-01T10:00:02.654321");
    private static final String PRISONER = "A1234BC";

    private MatchingEventPairs pairs;

    protected abstract MatchingEventPairs newPairs();

    @BeforeEach
    void createStore() {
        pairs = newPairs();
    }

    private static MatchingEventPair admission(String prisoner, LocalDateTime time) {
        return MatchingEventPair.offenderHalf(MatchType.RECEIVED, prisoner, 1234567L, "R", time)
                .withPrevious("DEC", LocalDateTime.parse("2025-01-01T09:00:00"), "OUT");
    }

    private static MatchingEventPair received(String prisoner, String reason, LocalDateTime time) {
        return MatchingEventPair.domainHalf(MatchType.RECEIVED, prisoner, reason, time);
    }

    private MatchResult submit(MatchingEventPair half, Counterpart counterpart, Instant at) {
        return pairs.matchOrInsert(new MatchAttempt(half.withCreated(at), counterpart, at.minus(Duration.ofHours(2)),
                "contract"));
    }

    @Test
    void aHalfWithNoCounterpartIsStoredAsANewOneSidedRowWithEveryField() {
        MatchResult result = submit(admission(PRISONER, ADM_TIME).withRelated("B9999ZZ"),
                Counterpart.ADMISSION_AWAITING_NOMIS, T0);

        assertThat(result).isInstanceOf(MatchResult.Inserted.class);
        assertThat(result.outcome()).isEqualTo("inserted");
        MatchingEventPair row = result.row();
        assertThat(row.id()).isNotNull();
        assertThat(pairs.findByPrisoner(PRISONER)).containsExactly(row);
        assertThat(row).isEqualTo(new MatchingEventPair(row.id(), MatchType.RECEIVED, PRISONER, "B9999ZZ", null, null,
                1234567L, "R", ADM_TIME, "DEC", LocalDateTime.parse("2025-01-01T09:00:00"), "OUT", T0, false, null));
    }

    @Test
    void theOtherHalfCompletesTheRowAndMarksItMatched() {
        MatchingEventPair first = submit(admission(PRISONER, ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0)
                .row();

        MatchResult second = submit(received(PRISONER, "NEW_ADMISSION", DOMAIN_TIME),
                Counterpart.ADMISSION_AWAITING_DPS, T0.plusSeconds(1));

        assertThat(second).isEqualTo(new MatchResult.Matched(first.withDomain("NEW_ADMISSION", DOMAIN_TIME)
                .asMatched("matchOutcome = matched in contract"), 1));
        assertThat(pairs.findByPrisoner(PRISONER)).containsExactly(second.row());
    }

    @Test
    void theOldestOfSeveralCounterpartsIsCompletedAndTheCountIsReported() {
        MatchingEventPair oldest = submit(received(PRISONER, "NEW_ADMISSION", DOMAIN_TIME),
                Counterpart.ADMISSION_AWAITING_DPS, T0).row();
        submit(received(PRISONER, "READMISSION", DOMAIN_TIME.plusMinutes(1)), Counterpart.ADMISSION_AWAITING_DPS,
                T0.plusSeconds(1));

        MatchResult result = submit(admission(PRISONER, ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS,
                T0.plusSeconds(2));

        assertThat(result).isInstanceOf(MatchResult.Matched.class);
        assertThat(result.outcome()).isEqualTo("multiple: 2");
        assertThat(result.row().id()).isEqualTo(oldest.id());
        assertThat(result.row().comment()).isEqualTo("matchOutcome = multiple: 2 in contract");
        assertThat(pairs.countUnmatched(T0.minusSeconds(1), T0.plusSeconds(5))).isEqualTo(1);
    }

    @Test
    void aCounterpartCreatedAtOrBeforeTheWindowIsNotMatched() {
        submit(received(PRISONER, "NEW_ADMISSION", DOMAIN_TIME), Counterpart.ADMISSION_AWAITING_DPS, T0);

        MatchResult late = pairs.matchOrInsert(new MatchAttempt(admission(PRISONER, ADM_TIME)
                .withCreated(T0.plusSeconds(60)), Counterpart.ADMISSION_AWAITING_NOMIS, T0, "contract"));

        assertThat(late).isInstanceOf(MatchResult.Inserted.class);
        assertThat(pairs.findByPrisoner(PRISONER)).hasSize(2).noneMatch(MatchingEventPair::matched);
    }

    @Test
    void rowsOfAnotherPrisonerOrMatchTypeAreNeverCounterparts() {
        submit(received("B2222BB", "NEW_ADMISSION", DOMAIN_TIME), Counterpart.ADMISSION_AWAITING_DPS, T0);
        submit(MatchingEventPair.domainHalf(MatchType.RELEASED, PRISONER, "RELEASED", DOMAIN_TIME),
                Counterpart.RELEASE_AWAITING_DPS, T0);

        assertThat(submit(admission(PRISONER, ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0.plusSeconds(1)))
                .isInstanceOf(MatchResult.Inserted.class);
    }

    @Test
    void aMatchedRowIsNeverCompletedAgain() {
        submit(admission(PRISONER, ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0);
        submit(received(PRISONER, "NEW_ADMISSION", DOMAIN_TIME), Counterpart.ADMISSION_AWAITING_DPS, T0);

        MatchResult another = submit(received(PRISONER, "READMISSION", DOMAIN_TIME.plusHours(1)),
                Counterpart.ADMISSION_AWAITING_DPS, T0.plusSeconds(1));

        assertThat(another).isInstanceOf(MatchResult.Inserted.class);
    }

    @Test
    void excludedReasonsKeepSpecialRowsForTheirOwnEvents() {
        submit(received(PRISONER, MovementReasons.POST_MERGE_ADMISSION, DOMAIN_TIME),
                Counterpart.MERGE_AWAITING_DPS, T0);

        MatchResult adm = submit(admission(PRISONER, ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0);
        MatchResult merge = submit(MatchingEventPair.offenderHalf(MatchType.RECEIVED, PRISONER, 1L,
                MovementReasons.MERGE_EVENT, ADM_TIME.plusSeconds(1)), Counterpart.POST_MERGE_ADMISSION_AWAITING_MERGE,
                T0);

        assertThat(adm).isInstanceOf(MatchResult.Inserted.class);
        assertThat(merge).isInstanceOf(MatchResult.Matched.class);
        assertThat(merge.row().domainReason()).isEqualTo(MovementReasons.POST_MERGE_ADMISSION);
    }

    @Test
    void aRequiredReasonMustBeThere() {
        submit(admission(PRISONER, ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0);

        MatchResult pma = submit(received(PRISONER, MovementReasons.POST_MERGE_ADMISSION, DOMAIN_TIME),
                Counterpart.MERGE_AWAITING_DPS, T0);

        assertThat(pma).isInstanceOf(MatchResult.Inserted.class);
    }

    @Test
    void aHospitalCounterpartNeedsAReleaseThatFollowedAReleaseToHospital() {
        MatchingEventPair rel = MatchingEventPair.offenderHalf(MatchType.RELEASED, PRISONER, 1L, "DEC", ADM_TIME);
        submit(rel.withPrevious("CRT", ADM_TIME.minusDays(1), "OUT"), Counterpart.RELEASE_AWAITING_NOMIS, T0);
        MatchingEventPair removed = MatchingEventPair.domainHalf(MatchType.RELEASED, PRISONER,
                MovementReasons.REMOVED_FROM_HOSPITAL, DOMAIN_TIME);

        assertThat(submit(removed, Counterpart.HOSPITAL_RELEASE_AWAITING_DPS, T0))
                .isInstanceOf(MatchResult.Inserted.class);

        submit(rel.withPrevious("HP", ADM_TIME.minusDays(1), "OUT").withOffender(1L, "DEC", ADM_TIME.plusHours(1)),
                Counterpart.RELEASE_AWAITING_NOMIS, T0);
        MatchResult hospital = submit(removed.withDomain(MovementReasons.REMOVED_FROM_HOSPITAL,
                DOMAIN_TIME.plusHours(1)), Counterpart.HOSPITAL_RELEASE_AWAITING_DPS, T0);
        assertThat(hospital).isInstanceOf(MatchResult.Matched.class);
        assertThat(hospital.row().previousOffenderReason()).isEqualTo("HP");
    }

    @Test
    void theSameHalfDeliveredTwiceIsARedeliveryAndWritesNothing() {
        MatchingEventPair first = submit(admission(PRISONER, ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0)
                .row();

        MatchResult again = submit(admission(PRISONER, ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS,
                T0.plusSeconds(5));

        assertThat(again).isEqualTo(new MatchResult.Redelivered(first));
        assertThat(pairs.findByPrisoner(PRISONER)).containsExactly(first);
    }

    @Test
    void aHalfAlreadyMatchedIsARedeliveryToo() {
        submit(admission(PRISONER, ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0);
        MatchingEventPair matched = submit(received(PRISONER, "NEW_ADMISSION", DOMAIN_TIME),
                Counterpart.ADMISSION_AWAITING_DPS, T0).row();

        assertThat(submit(received(PRISONER, "NEW_ADMISSION", DOMAIN_TIME), Counterpart.ADMISSION_AWAITING_DPS,
                T0.plusSeconds(9))).isEqualTo(new MatchResult.Redelivered(matched));
    }

    @Test
    void findUnmatchedTakesAnInclusiveWindowOldestFirst() {
        MatchingEventPair a = submit(admission("A1111AA", ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0).row();
        MatchingEventPair b = submit(admission("B1111BB", ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS,
                T0.plusSeconds(10)).row();
        submit(admission("C1111CC", ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0.plusSeconds(20));
        submit(admission("D1111DD", ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0.plusSeconds(10));
        submit(received("D1111DD", "NEW_ADMISSION", DOMAIN_TIME), Counterpart.ADMISSION_AWAITING_DPS,
                T0.plusSeconds(10));

        assertThat(pairs.findUnmatched(T0, T0.plusSeconds(10))).containsExactly(a, b);
        assertThat(pairs.countUnmatched(T0, T0.plusSeconds(10))).isEqualTo(2);
        assertThat(pairs.findUnmatched(T0.plusNanos(1000), T0.plusSeconds(9))).isEmpty();
    }

    @Test
    void findWithReasonReturnsMatchedAndUnmatchedRowsWithTheReasonOnEitherSide() {
        MatchingEventPair offender = submit(MatchingEventPair.offenderHalf(MatchType.RECEIVED, PRISONER, 1L,
                        MovementReasons.BOOKING_MOVED_EVENT, ADM_TIME), Counterpart.BOOKING_MOVE_AWAITING_NOMIS, T0)
                .row();
        MatchingEventPair matched = submit(received(PRISONER, MovementReasons.BOOKING_MOVED_EVENT, DOMAIN_TIME),
                Counterpart.BOOKING_MOVE_AWAITING_DPS, T0).row();
        MatchingEventPair domainOnly = submit(received("B2222BB", MovementReasons.BOOKING_MOVED_EVENT, DOMAIN_TIME),
                Counterpart.BOOKING_MOVE_AWAITING_DPS, T0.plusSeconds(1)).row();
        submit(received("C3333CC", "NEW_ADMISSION", DOMAIN_TIME), Counterpart.ADMISSION_AWAITING_DPS, T0);

        assertThat(matched.id()).isEqualTo(offender.id());
        assertThat(pairs.findWithReason(MovementReasons.BOOKING_MOVED_EVENT, T0, T0.plusSeconds(1)))
                .containsExactly(matched, domainOnly);
    }

    @Test
    void markMatchedStoresTheCompletedRowAndDeletesTheAbsorbedOne() {
        MatchingEventPair removed = submit(MatchingEventPair.domainHalf(MatchType.RELEASED, PRISONER,
                MovementReasons.REMOVED_FROM_HOSPITAL, DOMAIN_TIME), Counterpart.HOSPITAL_RELEASE_AWAITING_DPS, T0)
                .row();
        MatchingEventPair rel = submit(MatchingEventPair.offenderHalf(MatchType.RELEASED, PRISONER, 1L, "DEC", ADM_TIME)
                .withPrevious("HP", ADM_TIME.minusDays(3), "OUT"), Counterpart.RELEASE_AWAITING_NOMIS, T0).row();
        MatchingEventPair completed = rel.completedWith(removed, "batch");

        assertThat(pairs.markMatched(completed, removed.id())).isTrue();

        assertThat(pairs.findByPrisoner(PRISONER)).containsExactly(completed);
        assertThat(pairs.markMatched(completed, null)).as("a matched row cannot be matched again").isFalse();
    }

    @Test
    void markMatchedChangesNothingWhenTheAbsorbedRowIsGone() {
        MatchingEventPair row = submit(admission(PRISONER, ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0).row();

        assertThat(pairs.markMatched(row.withDomain("X", DOMAIN_TIME).asMatched("batch"), 999_999L)).isFalse();
        assertThat(pairs.findByPrisoner(PRISONER)).containsExactly(row);
    }

    @Test
    void purgeDeletesOnlyMatchedRowsCreatedBeforeTheCutoff() {
        Instant old = T0.minus(Duration.ofDays(200));
        submit(admission("A1111AA", ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, old);
        submit(received("A1111AA", "NEW_ADMISSION", DOMAIN_TIME), Counterpart.ADMISSION_AWAITING_DPS, old);
        MatchingEventPair oldUnmatched = submit(admission("B1111BB", ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS,
                old).row();
        submit(admission("C1111CC", ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0);
        MatchingEventPair recentMatched = submit(received("C1111CC", "NEW_ADMISSION", DOMAIN_TIME),
                Counterpart.ADMISSION_AWAITING_DPS, T0).row();

        assertThat(pairs.countMatchedBefore(T0.minusSeconds(1))).isEqualTo(1);
        assertThat(pairs.purgeMatchedBefore(T0.minusSeconds(1))).isEqualTo(1);

        assertThat(pairs.findByPrisoner("A1111AA")).isEmpty();
        assertThat(pairs.findByPrisoner("B1111BB")).containsExactly(oldUnmatched);
        assertThat(pairs.findByPrisoner("C1111CC")).containsExactly(recentMatched);
        assertThat(pairs.countMatchedBefore(T0.minusSeconds(1))).isZero();
    }

    @Test
    void deleteRemovesOneRow() {
        MatchingEventPair row = submit(admission(PRISONER, ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0).row();

        assertThat(pairs.delete(row.id())).isTrue();
        assertThat(pairs.delete(row.id())).isFalse();
        assertThat(pairs.findByPrisoner(PRISONER)).isEmpty();
    }

    /**
     * Two consumers receive the two halves of 200 admissions at the same moment: each pair must end as exactly one
     * matched row, whichever consumer came first.
     */
    @Test
    void bothHalvesArrivingTogetherOnTwoConsumersEndAsOneMatchedRowEveryTime() throws Exception {
        int prisoners = 200;
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        try {
            Future<List<MatchResult>> nomis = consumers.submit(() -> race(prisoners, barrier, i ->
                    submit(admission(prisoner(i), ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0)));
            Future<List<MatchResult>> dps = consumers.submit(() -> race(prisoners, barrier, i ->
                    submit(received(prisoner(i), "NEW_ADMISSION", DOMAIN_TIME), Counterpart.ADMISSION_AWAITING_DPS,
                            T0)));
            List<MatchResult> nomisResults = nomis.get(60, TimeUnit.SECONDS);
            List<MatchResult> dpsResults = dps.get(60, TimeUnit.SECONDS);
            for (int i = 0; i < prisoners; i++) {
                List<MatchResult> both = List.of(nomisResults.get(i), dpsResults.get(i));
                assertThat(both).filteredOn(MatchResult.Inserted.class::isInstance).hasSize(1);
                assertThat(both).filteredOn(MatchResult.Matched.class::isInstance).hasSize(1);
                List<MatchingEventPair> rows = pairs.findByPrisoner(prisoner(i));
                assertThat(rows).hasSize(1);
                assertThat(rows.get(0).matched()).isTrue();
                assertThat(rows.get(0).offenderTime()).isEqualTo(ADM_TIME);
                assertThat(rows.get(0).domainTime()).isEqualTo(DOMAIN_TIME);
            }
            assertThat(pairs.countUnmatched(T0.minusSeconds(1), T0.plusSeconds(1))).isZero();
        } finally {
            consumers.shutdownNow();
        }
    }

    /**
     * Eight consumers take, in random order, both halves of 150 admissions, plus a redelivered copy of a third of the
     * NOMIS halves: stores that pair several events per transaction must decide each as if alone. Every admission
     * ends as one matched row; the ids answered are the stored ones; the copies are redeliveries that wrote nothing.
     */
    @Test
    void eightConsumersPairingInterleavedHalvesAndRedeliveriesEndWithOneMatchedRowPerMovement() throws Exception {
        int prisoners = 150;
        List<Callable<MatchResult>> events = new ArrayList<>();
        for (int i = 0; i < prisoners; i++) {
            String prisoner = String.format("B%04dZZ", i);
            events.add(() -> submit(admission(prisoner, ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0));
            events.add(() -> submit(received(prisoner, "NEW_ADMISSION", DOMAIN_TIME),
                    Counterpart.ADMISSION_AWAITING_DPS, T0));
        }
        Collections.shuffle(events, new Random(7));
        List<Callable<MatchResult>> redeliveries = new ArrayList<>();
        for (int i = 0; i < prisoners; i += 3) {
            String prisoner = String.format("B%04dZZ", i);
            redeliveries.add(() -> submit(admission(prisoner, ADM_TIME), Counterpart.ADMISSION_AWAITING_NOMIS, T0));
        }
        ExecutorService consumers = Executors.newFixedThreadPool(8);
        try {
            List<MatchResult> results = new ArrayList<>();
            for (Future<MatchResult> result : consumers.invokeAll(events, 60, TimeUnit.SECONDS)) {
                results.add(result.get());
            }
            for (Future<MatchResult> result : consumers.invokeAll(redeliveries, 60, TimeUnit.SECONDS)) {
                assertThat(result.get()).isInstanceOf(MatchResult.Redelivered.class);
                assertThat(result.get().row().matched()).isTrue();
            }
            assertThat(results).filteredOn(MatchResult.Inserted.class::isInstance).hasSize(prisoners);
            assertThat(results).filteredOn(MatchResult.Matched.class::isInstance).hasSize(prisoners);
            for (MatchResult result : results) {
                List<MatchingEventPair> rows = pairs.findByPrisoner(result.row().prisonerNumber());
                assertThat(rows).hasSize(1);
                assertThat(rows.get(0).matched()).isTrue();
                assertThat(result.row().id()).isEqualTo(rows.get(0).id());
            }
        } finally {
            consumers.shutdownNow();
        }
    }

    private interface Submission {
        MatchResult submit(int index);
    }

    private static List<MatchResult> race(int count, CyclicBarrier barrier, Submission submission) throws Exception {
        List<MatchResult> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            barrier.await(30, TimeUnit.SECONDS);
            results.add(submission.submit(i));
        }
        return results;
    }

    private static String prisoner(int index) {
        return String.format("A%04dZZ", index);
    }
}
