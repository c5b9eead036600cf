package org.prisonsync.core.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prisonsync.core.movements.MovementWorld.outcomeOf;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.sync.SyncOutcome;

/** Seed 003, "Prisoner released from hospital" and "Prisoner returns from hospital to prison". */
class HospitalScenariosTest {
    private static final String PRISONER = "A7089FD";
    private static final long BOOKING = 1234567L;
    private final MovementWorld world = new MovementWorld();

    /** Admitted, then released to hospital (REL-HP): a restricted patient. */
    @BeforeEach
    void releasedToHospital() {
        world.pastMovement(BOOKING, 1, "ADM", "N", "IN", LocalDateTime.parse("2025-01-01T10:00:00"));
        world.pastMovement(BOOKING, 2, "REL", "HP", "OUT", LocalDateTime.parse("2025-06-01T10:00:00"));
    }

    // Seed: a REL whose previous movement was a REL-HP pairs with restricted-patients.patient.removed.
    @Test
    void aReleaseFromHospitalIsPairedWithThePatientRemoval() {
        SyncOutcome rel = world.nomisMovement(PRISONER, BOOKING, 3, "REL", "DEC", "OUT");
        SyncOutcome removed = world.patientRemoved(PRISONER);

        assertThat(outcomeOf(rel)).isEqualTo("inserted");
        assertThat(removed.event()).isEqualTo("restricted-patient-event");
        assertThat(outcomeOf(removed)).isEqualTo("matched");
        assertThat(world.rows(PRISONER)).singleElement().satisfies(row -> {
            assertThat(row.matched()).isTrue();
            assertThat(row.domainReason()).isEqualTo("REMOVED_FROM_HOSPITAL");
            assertThat(row.previousOffenderReason()).isEqualTo("HP");
        });
    }

    // §A.4/A.5: with the removal first the REL does not pair live (it might be an orphan); housekeeping pairs them,
    // keeping the NOMIS row and deleting the DPS one.
    @Test
    void aRemovalBeforeTheReleaseIsMatchedByHousekeeping() {
        world.patientRemoved(PRISONER);
        SyncOutcome rel = world.nomisMovement(PRISONER, BOOKING, 3, "REL", "DEC", "OUT");

        assertThat(outcomeOf(rel)).isEqualTo("inserted");
        HousekeepingReport report = world.housekeepingThreeHoursLater();

        assertThat(report.matches()).singleElement().satisfies(m ->
                assertThat(m.kind()).isEqualTo(BatchMatchKind.HOSPITAL_RELEASE));
        assertThat(world.rows(PRISONER)).singleElement().satisfies(row -> {
            assertThat(row.matched()).isTrue();
            assertThat(row.offenderReason()).isEqualTo("DEC");
            assertThat(row.domainReason()).isEqualTo("REMOVED_FROM_HOSPITAL");
        });
        assertThat(world.telemetry.named("batch-match")).singleElement().satisfies(e ->
                assertThat(e.properties()).containsKeys("domainRow", "offenderRow"));
        assertThat(report.unmatchedCount()).isZero();
    }

    // Seed: return to prison with the optional REL: removal, REL after REL-HP, ADM, READMISSION — all paired.
    @Test
    void aReturnFromHospitalWithTheOptionalReleaseEndsFullyMatched() {
        world.patientRemoved(PRISONER);
        world.later(Duration.ofSeconds(20));
        world.nomisMovement(PRISONER, BOOKING, 3, "REL", "HP", "OUT");
        world.later(Duration.ofSeconds(20));
        SyncOutcome adm = world.nomisMovement(PRISONER, BOOKING, 4, "ADM", "R", "IN");
        SyncOutcome readmission = world.received(PRISONER, "READMISSION");

        assertThat(outcomeOf(adm)).isEqualTo("inserted");
        assertThat(outcomeOf(readmission)).isEqualTo("matched");
        HousekeepingReport report = world.housekeepingThreeHoursLater();

        assertThat(report.matches()).extracting(BatchMatch::kind).containsExactly(BatchMatchKind.HOSPITAL_RELEASE);
        assertThat(report.unmatchedCount()).isZero();
        assertThat(world.rows(PRISONER)).hasSize(2).allMatch(MatchingEventPair::matched);
    }

    // Seed: the REL is optional; without it the removal is an orphan that housekeeping closes (RP-EVENT).
    @Test
    void aReturnFromHospitalWithoutTheReleaseClosesTheRemovalAsAnOrphan() {
        world.patientRemoved(PRISONER);
        world.later(Duration.ofSeconds(20));
        world.nomisMovement(PRISONER, BOOKING, 3, "ADM", "R", "IN");
        world.received(PRISONER, "READMISSION");

        HousekeepingReport report = world.housekeepingThreeHoursLater();

        assertThat(report.matches()).extracting(BatchMatch::kind)
                .containsExactly(BatchMatchKind.RESTRICTED_PATIENT_ORPHAN);
        assertThat(world.telemetry.count("batch-match-orphan")).isEqualTo(1);
        assertThat(report.unmatchedCount()).isZero();
        assertThat(world.rows(PRISONER)).filteredOn(row -> row.matchType() == MatchType.RELEASED)
                .singleElement().satisfies(row -> {
                    assertThat(row.matched()).isTrue();
                    assertThat(row.offenderReason()).isEqualTo("RP-EVENT");
                });
    }

    // §A.8: the died-in-hospital test: ADM, READMISSION, removal, REL DEC (previous is the ADM), RELEASED.
    @Test
    void theUpstreamRestrictedPatientExampleLeavesTheRemovalForHousekeeping() {
        world.nomisMovement(PRISONER, BOOKING, 3, "ADM", "R", "IN");
        world.received(PRISONER, "READMISSION");
        world.patientRemoved(PRISONER);
        world.later(Duration.ofMinutes(1));
        world.nomisMovement(PRISONER, BOOKING, 4, "REL", "DEC", "OUT");
        world.later(Duration.ofMinutes(4));
        world.released(PRISONER, "RELEASED");

        assertThat(world.rows(PRISONER)).extracting(MatchingEventPair::matchType, MatchingEventPair::domainReason,
                        MatchingEventPair::offenderReason, MatchingEventPair::matched)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MatchType.RECEIVED, "READMISSION", "R", true),
                        org.assertj.core.groups.Tuple.tuple(MatchType.RELEASED, "REMOVED_FROM_HOSPITAL", null, false),
                        org.assertj.core.groups.Tuple.tuple(MatchType.RELEASED, "RELEASED", "DEC", true));
    }
}
