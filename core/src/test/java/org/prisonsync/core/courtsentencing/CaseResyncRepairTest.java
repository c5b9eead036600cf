package org.prisonsync.core.courtsentencing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCase;
import org.prisonsync.core.repair.RepairReport;

/** The court case resync repair: created and mapped when unmapped, rewritten when mapped; the dry run changes nothing. */
class CaseResyncRepairTest {
    private static final String PRISONER = "A1234BC";
    private final CourtSentencingWorld world = new CourtSentencingWorld();

    @Test
    void anUnmappedCaseIsCreatedAndAMappedOneRewrittenAfterADryRunThatChangesNothing() {
        world.nomis.admit(PRISONER, 5001);
        LegacyCourtCase c = world.courtCase(PRISONER);

        RepairReport plan = world.repairs().resyncCase(PRISONER, c.courtCaseUuid(), true);
        assertThat(plan.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(plan.actions()).singleElement().asString().startsWith("create NOMIS case");
        assertThat(world.nomis.caseCount()).isZero();

        assertThat(world.repairs().resyncCase(PRISONER, c.courtCaseUuid(), false).succeeded()).isTrue();
        long nomisCase = Long.parseLong(world.nomisId(CourtSentencingSync.COURT_CASE, c.courtCaseUuid()));

        world.dps.put(new LegacyCourtCase(c.courtCaseUuid(), PRISONER, false, c.startDate(), c.courtId(),
                c.caseReference()));
        RepairReport rewritten = world.repairs().resyncCase(PRISONER, c.courtCaseUuid(), false);
        assertThat(rewritten.succeeded()).isTrue();
        assertThat(rewritten.actions()).singleElement().asString().startsWith("rewrite NOMIS case " + nomisCase);
        assertThat(world.nomis.courtCase(PRISONER, nomisCase).orElseThrow().caseStatus()).isEqualTo("I");
        assertThat(world.nomis.caseCount()).isEqualTo(1);
    }

    @Test
    void anotherPrisonersOrAnUnknownCaseIsRefused() {
        LegacyCourtCase c = world.courtCase(PRISONER);

        assertThat(world.repairs().resyncCase("B1234CD", c.courtCaseUuid(), false).status())
                .isEqualTo(RepairReport.Status.REFUSED);
        assertThat(world.repairs().resyncCase(PRISONER, CourtSentencingWorld.uuid(), false).status())
                .isEqualTo(RepairReport.Status.NOT_FOUND);
    }
}
