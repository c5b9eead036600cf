package org.prisonsync.core.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prisonsync.core.movements.MovementWorld.outcomeOf;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.testing.MovementEvents;

/** Seed 003, "A merge occurs" and the booking.moved scenarios. */
class MergesAndBookingMovesTest {
    private static final String SURVIVOR = "A1234AA";
    private static final String REMOVED = "A9220FG";
    private final MovementWorld world = new MovementWorld();

    // Seed: a merge where the surviving number was OUT and the deleted one IN is followed by POST_MERGE_ADMISSION.
    @Test
    void aMergeIsPairedWithItsPostMergeAdmission() {
        SyncOutcome merge = world.deliver(MovementEvents.merge(SURVIVOR, REMOVED, 12345L, world.now()));
        SyncOutcome pma = world.received(SURVIVOR, "POST_MERGE_ADMISSION");

        assertThat(merge.event()).isEqualTo("merge-offender-event");
        assertThat(outcomeOf(merge)).isEqualTo("inserted");
        assertThat(outcomeOf(pma)).isEqualTo("matched");
        assertThat(world.rows(SURVIVOR)).singleElement().satisfies(row -> {
            assertThat(row.matched()).isTrue();
            assertThat(row.offenderReason()).isEqualTo("MERGE-EVENT");
            assertThat(row.relatedPrisonerNumber()).isEqualTo(REMOVED);
            assertThat(row.bookingId()).isEqualTo(12345L);
        });
    }

    // §A.4: the POST_MERGE_ADMISSION may come first; the merge completes it.
    @Test
    void aPostMergeAdmissionArrivingFirstIsCompletedByTheMerge() {
        world.received(SURVIVOR, "POST_MERGE_ADMISSION");
        SyncOutcome merge = world.deliver(MovementEvents.merge(SURVIVOR, REMOVED, 12345L, world.now()));

        assertThat(outcomeOf(merge)).isEqualTo("matched");
        assertThat(world.rows(SURVIVOR)).singleElement().matches(MatchingEventPair::matched);
    }

    // §A.4/A.5: a POST_MERGE_ADMISSION never pairs with an ordinary ADM, nor an ordinary receive with a merge.
    @Test
    void mergePairsAndOrdinaryAdmissionsDoNotCrossPair() {
        world.deliver(MovementEvents.merge(SURVIVOR, REMOVED, 12345L, world.now()));
        SyncOutcome receive = world.received(SURVIVOR, "NEW_ADMISSION");

        assertThat(outcomeOf(receive)).isEqualTo("inserted");
        assertThat(world.rows(SURVIVOR)).hasSize(2).noneMatch(MatchingEventPair::matched);
    }

    // Seed: a merge without POST_MERGE_ADMISSION (the survivor was not OUT) is closed by housekeeping.
    @Test
    void aMergeWithoutPostMergeAdmissionIsMatchedByHousekeeping() {
        world.deliver(MovementEvents.merge(SURVIVOR, REMOVED, 12345L, world.now()));

        HousekeepingReport report = world.housekeepingThreeHoursLater();

        assertThat(report.matches()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(BatchMatchKind.MERGE_WITHOUT_ADMISSION);
            assertThat(m.applied()).isTrue();
        });
        assertThat(world.rows(SURVIVOR)).singleElement().satisfies(row -> {
            assertThat(row.matched()).isTrue();
            assertThat(row.domainReason()).isEqualTo("MERGE-EVENT");
        });
        assertThat(report.unmatchedCount()).isZero();
        assertThat(world.telemetry.count("batch-match")).isEqualTo(1);
    }

    // Seed mismatch 3: a rapid double merge with one domain event; the second merge needs no domain event.
    @Test
    void aRapidDoubleMergeLeavesNothingReported() {
        world.deliver(MovementEvents.merge(SURVIVOR, REMOVED, 12345L, world.now()));
        world.later(Duration.ofMinutes(2));
        world.deliver(MovementEvents.merge(SURVIVOR, "A5555EE", 12345L, world.now()));
        world.received(SURVIVOR, "POST_MERGE_ADMISSION");

        HousekeepingReport report = world.housekeepingThreeHoursLater();

        assertThat(report.unmatchedCount()).isZero();
        assertThat(world.rows(SURVIVOR)).hasSize(2).allMatch(MatchingEventPair::matched);
    }

    // §A.4: a booking moved between aliases of one prisoner is ignored; BOOKING_NUMBER-CHANGED that is no merge too.
    @Test
    void aBookingMovedBetweenAliasesAndANonMergeNumberChangeAreIgnored() {
        SyncOutcome alias = world.deliver(MovementEvents.bookingReassigned(SURVIVOR, SURVIVOR, 3048348L,
                world.clock.instant()));
        java.util.Map<String, Object> notMerge = new java.util.LinkedHashMap<>(MovementEvents.merge(SURVIVOR, REMOVED,
                1L, world.now()).message());
        notMerge.put("type", "BOOK_NUMBER_CHANGE");
        SyncOutcome change = world.deliver(new org.prisonsync.core.message.Notification("m", MergeEvent.EVENT_TYPE,
                notMerge));

        assertThat(alias).isInstanceOf(SyncOutcome.Ignored.class);
        assertThat(change).isInstanceOf(SyncOutcome.Ignored.class);
        assertThat(world.rows(SURVIVOR)).isEmpty();
    }

    // Seed: booking.moved may cause a release of the "from" prisoner and a READMISSION_SWITCH_BOOKING receive of the
    // "to" prisoner with no movements; NOMIS's reassignment comes first here, the receive/release pair late.
    @Test
    void aBookingMoveNomisFirstPairsLiveAndItsReceiveAndReleaseAreMatchedByHousekeeping() {
        SyncOutcome nomis = world.deliver(MovementEvents.bookingReassigned("A2222BB", "A1111AA", 3048348L,
                world.clock.instant()));
        SyncOutcome dps = world.deliver(MovementEvents.bookingMoved(3048348L, "A1111AA", "A2222BB",
                world.clock.instant()));
        world.later(Duration.ofSeconds(2));
        world.released("A1111AA", "RELEASED");
        world.received("A2222BB", "READMISSION_SWITCH_BOOKING");

        assertThat(nomis.event()).isEqualTo("booking-moved-offender-event");
        assertThat(dps.event()).isEqualTo("booking-moved-domain-event");
        assertThat(dps.properties()).containsEntry("movedFromNomsNumber", "A1111AA");
        assertThat(outcomeOf(dps)).isEqualTo("matched");

        HousekeepingReport report = world.housekeepingThreeHoursLater();

        assertThat(report.matches()).extracting(BatchMatch::kind).containsExactlyInAnyOrder(
                BatchMatchKind.BOOKING_MOVED_RECEIVE, BatchMatchKind.BOOKING_MOVED_RELEASE);
        assertThat(report.unmatchedCount()).isZero();
        assertThat(world.rows("A1111AA")).singleElement().satisfies(row -> {
            assertThat(row.matched()).isTrue();
            assertThat(row.offenderReason()).isEqualTo("BOOKING-MOVED-EVENT");
            assertThat(row.bookingId()).isEqualTo(3048348L);
            assertThat(row.relatedPrisonerNumber()).isEqualTo("A2222BB");
        });
        assertThat(world.rows("A2222BB")).hasSize(2).allMatch(MatchingEventPair::matched);
    }

    // The same with DPS's booking.moved first.
    @Test
    void aBookingMoveDpsFirstPairsLiveToo() {
        world.deliver(MovementEvents.bookingMoved(3048348L, "A1111AA", "A2222BB", world.clock.instant()));
        world.later(Duration.ofSeconds(1));
        SyncOutcome nomis = world.deliver(MovementEvents.bookingReassigned("A2222BB", "A1111AA", 3048348L,
                world.clock.instant()));
        world.received("A2222BB", "READMISSION_SWITCH_BOOKING");

        assertThat(outcomeOf(nomis)).isEqualTo("matched");
        HousekeepingReport report = world.housekeepingThreeHoursLater();
        assertThat(report.matches()).extracting(BatchMatch::kind)
                .containsExactly(BatchMatchKind.BOOKING_MOVED_RECEIVE);
        assertThat(report.unmatchedCount()).isZero();
    }

    // §A.5: a receive more than 10 s after the booking move is not the move's; it stays unmatched and is reported.
    @Test
    void aReceiveLongAfterTheBookingMoveIsNotAttributedToIt() {
        world.deliver(MovementEvents.bookingMoved(3048348L, "A1111AA", "A2222BB", world.clock.instant()));
        world.deliver(MovementEvents.bookingReassigned("A2222BB", "A1111AA", 3048348L, world.clock.instant()));
        world.later(Duration.ofSeconds(11));
        world.received("A2222BB", "READMISSION_SWITCH_BOOKING");

        HousekeepingReport report = world.housekeepingThreeHoursLater();

        assertThat(report.matches()).isEmpty();
        assertThat(report.unmatched()).singleElement().satisfies(row ->
                assertThat(row.domainReason()).isEqualTo("READMISSION_SWITCH_BOOKING"));
    }
}
