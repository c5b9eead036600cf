package org.prisonsync.core.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prisonsync.core.movements.MovementWorld.outcomeOf;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.testing.MovementEvents;

/** Seed 003, "standard admission events" and "standard released events". */
class AdmissionsAndReleasesTest {
    private static final String PRISONER = "A7089FD";
    private static final long BOOKING = 1234567L;
    private final MovementWorld world = new MovementWorld();

    // Seed: an ADM with no previous movement pairs with prisoner.received; NOMIS usually comes first.
    @Test
    void anAdmissionFollowedByItsReceiveEndsAsOneMatchedRow() {
        SyncOutcome adm = world.nomisMovement(PRISONER, BOOKING, 1, "ADM", "N", "IN");
        world.later(Duration.ofSeconds(1));
        SyncOutcome received = world.received(PRISONER, "NEW_ADMISSION");

        assertThat(adm.event()).isEqualTo("offender-event");
        assertThat(outcomeOf(adm)).isEqualTo("inserted");
        assertThat(adm.properties()).containsEntry("matchType", "ADM").containsEntry("movementSeq", "1");
        assertThat(received.event()).isEqualTo("domain-event");
        assertThat(outcomeOf(received)).isEqualTo("matched");
        assertThat(received.properties()).containsEntry("nomsNumber", PRISONER).containsEntry("reason",
                "NEW_ADMISSION").containsEntry("prisonId", "FNI").containsEntry("type", "RECEIVED");
        assertThat(world.rows(PRISONER)).singleElement().satisfies(row -> {
            assertThat(row.matched()).isTrue();
            assertThat(row.matchType()).isEqualTo(MatchType.RECEIVED);
            assertThat(row.bookingId()).isEqualTo(BOOKING);
            assertThat(row.offenderReason()).isEqualTo("N");
            assertThat(row.domainReason()).isEqualTo("NEW_ADMISSION");
        });
        assertThat(world.housekeepingThreeHoursLater().unmatchedCount()).isZero();
    }

    // Seed/§A.4: a domain event arriving first (about 400 a month) is paired by an ADM within a minute.
    @Test
    void aReceiveArrivingFirstIsCompletedByTheAdmissionWithinAMinute() {
        world.received(PRISONER, "READMISSION");
        world.later(Duration.ofSeconds(50));
        SyncOutcome adm = world.nomisMovement(PRISONER, BOOKING, 1, "ADM", "R", "IN");

        assertThat(outcomeOf(adm)).isEqualTo("matched");
        assertThat(world.rows(PRISONER)).singleElement().matches(MatchingEventPair::matched);
    }

    // §A.4: the ADM only looks one minute back for a receive; older ones stay unmatched and are reported.
    @Test
    void aReceiveOlderThanAMinuteIsNotCompletedByALateAdmission() {
        world.received(PRISONER, "READMISSION");
        world.later(Duration.ofSeconds(61));
        SyncOutcome adm = world.nomisMovement(PRISONER, BOOKING, 1, "ADM", "R", "IN");

        assertThat(outcomeOf(adm)).isEqualTo("inserted");
        assertThat(world.housekeepingThreeHoursLater().unmatchedCount()).isEqualTo(2);
    }

    // Seed: an ADM counts when the previous movement was a REL (a readmission).
    @Test
    void anAdmissionAfterAReleaseCounts() {
        world.pastMovement(BOOKING, 1, "ADM", "N", "IN", LocalDateTime.parse("2025-01-01T10:00:00"));
        world.pastMovement(BOOKING, 2, "REL", "CR", "OUT", LocalDateTime.parse("2025-06-01T10:00:00"));

        SyncOutcome adm = world.nomisMovement(PRISONER, BOOKING, 3, "ADM", "R", "IN");
        world.received(PRISONER, "READMISSION");

        assertThat(outcomeOf(adm)).isEqualTo("inserted");
        assertThat(world.rows(PRISONER)).singleElement().satisfies(row -> {
            assertThat(row.matched()).isTrue();
            assertThat(row.previousOffenderReason()).isEqualTo("CR");
            assertThat(row.previousOffenderDirection()).isEqualTo("OUT");
            assertThat(row.previousOffenderTime()).isEqualTo(LocalDateTime.parse("2025-06-01T10:00:00"));
        });
    }

    // Seed: an ADM whose previous movement is not a REL (a court return) is no admission: nothing stored.
    @Test
    void anAdmissionAfterACourtMovementIsIgnored() {
        world.pastMovement(BOOKING, 1, "ADM", "N", "IN", LocalDateTime.parse("2025-01-01T10:00:00"));
        world.pastMovement(BOOKING, 2, "CRT", "CRT", "OUT", LocalDateTime.parse("2025-06-01T10:00:00"));

        SyncOutcome adm = world.nomisMovement(PRISONER, BOOKING, 3, "ADM", "TRNCRT", "IN");

        assertThat(adm).isInstanceOf(SyncOutcome.Ignored.class);
        assertThat(adm.event()).isEqualTo(MovementReconciliation.IGNORED);
        assertThat(world.rows(PRISONER)).isEmpty();
    }

    // §A.4: TAP, CRT, TRN movements create no row; nor do transfers or court returns on the DPS side.
    @Test
    void movementsAndReasonsThatAreNeitherAdmissionNorReleaseAreIgnored() {
        assertThat(world.nomisMovement(PRISONER, BOOKING, 1, "TAP", "C3", "OUT"))
                .isInstanceOf(SyncOutcome.Ignored.class);
        assertThat(world.received(PRISONER, "TRANSFERRED")).isInstanceOf(SyncOutcome.Ignored.class);
        assertThat(world.received(PRISONER, "RETURN_FROM_COURT")).isInstanceOf(SyncOutcome.Ignored.class);
        assertThat(world.released(PRISONER, "TEMPORARY_ABSENCE_RELEASE")).isInstanceOf(SyncOutcome.Ignored.class);
        assertThat(world.released(PRISONER, "SENT_TO_COURT")).isInstanceOf(SyncOutcome.Ignored.class);

        assertThat(world.rows(PRISONER)).isEmpty();
    }

    // Seed: every REL pairs with prisoner.released.
    @Test
    void aReleaseFollowedByItsDomainEventEndsMatched() {
        world.pastMovement(BOOKING, 1, "ADM", "N", "IN", LocalDateTime.parse("2025-01-01T10:00:00"));
        SyncOutcome rel = world.nomisMovement(PRISONER, BOOKING, 2, "REL", "CR", "OUT");
        world.later(Duration.ofMinutes(30));
        SyncOutcome released = world.released(PRISONER, "RELEASED");

        assertThat(outcomeOf(rel)).isEqualTo("inserted");
        assertThat(outcomeOf(released)).isEqualTo("matched");
        assertThat(world.rows(PRISONER)).singleElement().satisfies(row -> {
            assertThat(row.matchType()).isEqualTo(MatchType.RELEASED);
            assertThat(row.matched()).isTrue();
            assertThat(row.previousOffenderReason()).isEqualTo("N");
        });
    }

    // §A.4: the other order, within the two-hour window; a release to hospital is a release too.
    @Test
    void aDomainReleaseArrivingFirstIsCompletedByTheRelease() {
        world.released(PRISONER, "RELEASED_TO_HOSPITAL");
        world.later(Duration.ofMinutes(90));
        SyncOutcome rel = world.nomisMovement(PRISONER, BOOKING, 1, "REL", "HP", "OUT");

        assertThat(outcomeOf(rel)).isEqualTo("matched");
        assertThat(world.rows(PRISONER)).singleElement().matches(MatchingEventPair::matched);
    }

    // §A.4: a movement that no longer exists in NOMIS is a deletion, tracked as offender-event-deletion.
    @Test
    void aChangeEventForAMissingMovementIsADeletion() {
        SyncOutcome outcome = world.deliver(MovementEvents.externalMovement(PRISONER, BOOKING, 4, "REL", "CR", "OUT",
                world.now()));

        assertThat(outcome.event()).isEqualTo("offender-event-deletion");
        assertThat(outcome.properties()).containsEntry("offenderIdDisplay", PRISONER).containsEntry("bookingId",
                Long.toString(BOOKING));
        assertThat(world.rows(PRISONER)).isEmpty();
    }
}
