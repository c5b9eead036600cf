package org.prisonsync.core.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prisonsync.core.movements.MovementWorld.outcomeOf;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.telemetry.TelemetryEvent;
import org.prisonsync.core.testing.MovementEvents;

/** Seed 003, "Mismatch scenarios (encountered so far)" and the things a user can do. */
class MismatchScenariosTest {
    private static final String PRISONER = "A5024DJ";
    private static final long BOOKING = 1234567L;
    private final MovementWorld world = new MovementWorld();

    // Mismatch 1: a readmission on an old booking that prisoner-search misses raises no receive: a real mismatch,
    // reported by non-match-event with the row.
    @Test
    void anAdmissionWithoutItsReceiveIsReportedAsANonMatch() {
        world.pastMovement(BOOKING, 1, "ADM", "N", "IN", LocalDateTime.parse("2024-01-01T10:00:00"));
        world.pastMovement(BOOKING, 2, "REL", "CR", "OUT", LocalDateTime.parse("2024-06-01T10:00:00"));
        world.nomisMovement(PRISONER, BOOKING, 3, "ADM", "R", "IN");

        HousekeepingReport report = world.housekeepingThreeHoursLater();

        assertThat(report.unmatchedCount()).isEqualTo(1);
        assertThat(report.summary()).isEqualTo("Found 1 non-matching events");
        TelemetryEvent alert = world.telemetry.named("non-match-event").get(0);
        assertThat(alert.properties()).containsEntry("count", "1").containsKey("1");
        assertThat(alert.properties().get("1")).contains("nomsNumber=" + PRISONER).contains("offenderReason=R");
        assertThat(report.unmatched().get(0).missingHalf()).contains("prisoner.received");
    }

    // Mismatch 2: two RELs by two users and one release event: one REL stays unmatched and is reported.
    @Test
    void aDoubleReleaseIsReported() {
        world.pastMovement(BOOKING, 1, "ADM", "N", "IN", LocalDateTime.parse("2025-01-01T10:00:00"));
        world.nomisMovement("A5660AN", BOOKING, 2, "REL", "CR", "OUT");
        world.later(Duration.ofMinutes(1));
        world.nomisMovement("A5660AN", BOOKING, 3, "REL", "CR", "OUT");
        world.released("A5660AN", "RELEASED");

        HousekeepingReport report = world.housekeepingThreeHoursLater();

        assertThat(report.unmatchedCount()).isEqualTo(1);
        assertThat(report.unmatched().get(0).offenderTime()).isAfter(world.rows("A5660AN").get(0).offenderTime());
    }

    // Mismatch 5: an event delivered twice though all was fine (A4995EV, ADM twice) is no mismatch: the second
    // delivery is recognised and changes nothing, so nothing is reported.
    @Test
    void aDuplicateDeliveryIsRecognisedAndNotReported() {
        world.pastMovement(BOOKING, 1, "ADM", "N", "IN", LocalDateTime.parse("2025-01-01T10:00:00"));
        LocalDateTime when = world.now();
        world.movements.add(BOOKING, new BookingMovement(2, "OUT", "FNI", "REL", "OUT", when.minusDays(1), "CR",
                when.minusDays(1), null));
        world.movements.add(BOOKING, new BookingMovement(3, "OUT", "FNI", "ADM", "IN", when, "R", when, null));
        var event = MovementEvents.externalMovement("A4995EV", BOOKING, 3, "ADM", "R", "IN", when);
        world.deliver(event);
        world.received("A4995EV", "READMISSION");
        world.later(Duration.ofSeconds(30));

        SyncOutcome again = world.deliver(event);

        assertThat(again).isInstanceOf(SyncOutcome.Ignored.class);
        assertThat(outcomeOf(again)).isEqualTo("redelivered");
        assertThat(world.rows("A4995EV")).singleElement().matches(MatchingEventPair::matched);
        assertThat(world.housekeepingThreeHoursLater().unmatchedCount()).isZero();
    }

    // The two-hourly windows do not overlap: a mismatch is reported by one run, not again by the next.
    @Test
    void aMismatchIsReportedByOneRunOnly() {
        world.nomisMovement(PRISONER, BOOKING, 1, "ADM", "N", "IN");

        assertThat(world.housekeepingThreeHoursLater().unmatchedCount()).isEqualTo(1);
        world.later(Duration.ofHours(2));
        assertThat(world.housekeeping.run(false).unmatchedCount()).isZero();
        assertThat(world.telemetry.named("non-match-event")).extracting(e -> e.properties().get("count"))
                .containsExactly("1", "0");
    }

    // User 1: a prisoner set IN without a movement causes no event; the next release (previous movement still the
    // REL) and a later readmission pair as usual, and nothing is reported.
    @Test
    void aPrisonerSetInWithoutAMovementCausesNoMismatch() {
        world.pastMovement(BOOKING, 1, "ADM", "N", "IN", LocalDateTime.parse("2025-01-01T10:00:00"));
        world.pastMovement(BOOKING, 2, "REL", "CR", "OUT", LocalDateTime.parse("2025-06-01T10:00:00"));

        world.nomisMovement(PRISONER, BOOKING, 3, "REL", "CR", "OUT");
        world.released(PRISONER, "RELEASED");
        world.later(Duration.ofMinutes(10));
        world.nomisMovement(PRISONER, BOOKING, 4, "ADM", "R", "IN");
        world.received(PRISONER, "READMISSION");

        assertThat(world.housekeepingThreeHoursLater().unmatchedCount()).isZero();
        assertThat(world.rows(PRISONER)).hasSize(2).allMatch(MatchingEventPair::matched);
    }

    // User 2: changing the pre-filled TRNCRT reason of an ADM updates the movement: the change event is ignored.
    @Test
    void aChangedMovementReasonIsAnUpdateAndIgnored() {
        LocalDateTime created = world.now().minusMinutes(5);
        world.movements.add(BOOKING, new BookingMovement(1, "ABC", "FNI", "ADM", "IN", created, "OTHER", created,
                world.now()));

        SyncOutcome outcome = world.deliver(MovementEvents.externalMovement(PRISONER, BOOKING, 1, "ADM", "OTHER", "IN",
                created));

        assertThat(outcome).isInstanceOf(SyncOutcome.Ignored.class);
        assertThat(outcome.properties().get("reason")).contains("updated");
        assertThat(world.rows(PRISONER)).isEmpty();
    }

    // User 3: after a merge, movement times are out of sequence; the previous movement is taken by sequence, so an
    // ADM after a REL counts even though the REL's time is later.
    @Test
    void anAdmissionTimedBeforeItsPreviousReleaseStillCountsBySequence() {
        LocalDateTime now = world.now();
        world.pastMovement(BOOKING, 1, "ADM", "N", "IN", now.minusDays(30));
        world.pastMovement(BOOKING, 2, "REL", "CR", "OUT", now.plusMinutes(5));
        world.movements.add(BOOKING, new BookingMovement(3, "OUT", "FNI", "ADM", "IN", now, "R", now, null));

        SyncOutcome adm = world.deliver(MovementEvents.externalMovement(PRISONER, BOOKING, 3, "ADM", "R", "IN", now));
        world.received(PRISONER, "READMISSION");

        assertThat(outcomeOf(adm)).isEqualTo("inserted");
        assertThat(world.rows(PRISONER)).singleElement().matches(MatchingEventPair::matched);
    }

    // User 4: received on several new bookings at once (A3243AT): two ADMs, one receive — one ADM is reported.
    @Test
    void severalNewBookingsAtOnceLeaveTheExtraAdmissionReported() {
        world.nomisMovement("A3243AT", 1001L, 1, "ADM", "N", "IN");
        world.nomisMovement("A3243AT", 1002L, 1, "ADM", "N", "IN");
        world.received("A3243AT", "NEW_ADMISSION");

        HousekeepingReport report = world.housekeepingThreeHoursLater();

        assertThat(report.unmatched()).singleElement().satisfies(row ->
                assertThat(row.bookingId()).isEqualTo(1002L));
    }
}
