package org.prisonsync.core.courtsentencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prisonsync.core.courtsentencing.CourtSentencingWorld.event;
import static org.prisonsync.core.courtsentencing.CourtSentencingWorld.ids;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCase;
import org.prisonsync.core.prisoners.ActivePrisoner;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationParameters;

/** The court case reconciliation over the twins: planted differences are reported, exactly those. */
class CourtCaseReconciliationTest {
    private final CourtSentencingWorld world = new CourtSentencingWorld();
    private final CourtCaseReconciliation reconciliation = new CourtCaseReconciliation(world.active, world.nomis,
            world.dps, world.store);

    private LegacyCourtCase synchronisedCase(String prisoner) {
        LegacyCourtCase c = world.courtCase(prisoner);
        world.handle(event(CourtSentencingSync.CASE_INSERTED, prisoner, ids("courtCaseId", c.courtCaseUuid())));
        return c;
    }

    private Optional<Mismatch> check(String prisoner, long booking) {
        return reconciliation.check(new ActivePrisoner(prisoner, booking), ReconciliationParameters.none());
    }

    @Test
    void agreeingCasesAreNoMismatchAndEachPlantedDifferenceIsReported() {
        world.nomis.admit("A1111AA", 7001);
        synchronisedCase("A1111AA");
        assertThat(check("A1111AA", 7001)).isEmpty();

        world.nomis.admit("B2222BB", 7002);
        LegacyCourtCase statusDiffers = synchronisedCase("B2222BB");
        LegacyCourtCase dpsOnly = world.courtCase("B2222BB");
        LegacyCourtCase nomisGone = synchronisedCase("B2222BB");
        long gone = Long.parseLong(world.nomisId(CourtSentencingSync.COURT_CASE, nomisGone.courtCaseUuid()));
        world.nomis.deleteCourtCase("B2222BB", gone);
        world.dps.put(new LegacyCourtCase(statusDiffers.courtCaseUuid(), "B2222BB", false,
                statusDiffers.startDate(), statusDiffers.courtId(), statusDiffers.caseReference()));
        long nomisOnly = world.nomis.createCourtCase("B2222BB", new CourtSentencingNomisApi.CourtCaseRequest(
                statusDiffers.startDate(), "A", "LEEDMC", "A", null));

        Mismatch mismatch = check("B2222BB", 7002).orElseThrow();

        assertThat(mismatch.fields().get("differences").split("; ")).containsExactlyInAnyOrder(
                "case " + statusDiffers.courtCaseUuid() + " ⇄ " + world.nomisId(CourtSentencingSync.COURT_CASE,
                        statusDiffers.courtCaseUuid()) + ": status DPS I, NOMIS A",
                "DPS case " + dpsOnly.courtCaseUuid() + " has no NOMIS case",
                "DPS case " + nomisGone.courtCaseUuid() + " is mapped to NOMIS case " + gone + ", which NOMIS lacks",
                "NOMIS case " + nomisOnly + " of booking 7002 has no DPS case");
        assertThat(mismatch.fields()).containsEntry("dpsCases", "3").containsEntry("nomisCases", "2");
    }

    @Test
    void aCaseOfAnEarlierBookingIsNotCompared() {
        world.nomis.admit("C3333CC", 7003);
        world.nomis.createCourtCase("C3333CC", new CourtSentencingNomisApi.CourtCaseRequest(
                java.time.LocalDate.of(2020, 1, 1), "A", "LEEDCC", "I", null));
        world.nomis.admit("C3333CC", 7004);

        assertThat(check("C3333CC", 7004)).isEmpty();
    }
}
