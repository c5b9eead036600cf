package org.prisonsync.core.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.reconciliation.RunStatus;

/** The incentives reconciliation on the engine: seed 000's causes told apart, repaired, and the repair re-checked. */
class IncentivesReconciliationTest {
    private final IncentivesWorld world = new IncentivesWorld();

    /** Five prisoners in step, one changed by hand on the NOMIS IEP screen, one whose IEP never reached NOMIS. */
    private void plant() {
        for (String prisoner : List.of("A0001AA", "A0002AA", "A0003AA", "A0004AA", "A0005AA")) {
            IncentiveReview review = world.reviewedPrisoner(prisoner, "STD");
            world.nomis.createIncentive(prisoner, NomisIncentiveRequest.from(review));
        }
        world.reviewedPrisoner("B0001BB", "ENH");
        world.nomis.createIncentive("B0001BB", NomisIncentiveRequest.from(world.dps.currentReview("B0001BB")
                .orElseThrow()));
        world.nomis.addIep("B0001BB", "BAS", IncentivesWorld.REVIEWED.plusDays(1), "MDI",
                IncentiveComparison.IEP_SCREEN);
        world.reviewedPrisoner("C0001CC", "ENH");
    }

    private ReconciliationRun run() {
        return world.core.reconciliations().run(IncentivesReconciliation.NAME, ReconciliationParameters.none());
    }

    @Test
    void reportsExactlyTheMismatchesWithTheSideLikelyWrong() {
        plant();

        ReconciliationRun run = run();

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.checked()).isEqualTo(7);
        List<Mismatch> mismatches = world.core.reconciliations().mismatches(run.id());
        assertThat(mismatches).extracting(Mismatch::key).containsExactlyInAnyOrder("B0001BB", "C0001CC");
        assertThat(mismatches).allSatisfy(m -> assertThat(m.likelySide()).isEqualTo(LikelySide.NOMIS));
        assertThat(mismatches).filteredOn(m -> m.key().equals("B0001BB")).singleElement()
                .satisfies(m -> assertThat(m.fields()).containsEntry("nomisIncentiveLevel", "BAS")
                        .containsEntry("dpsIncentiveLevel", "ENH")
                        .containsEntry("kind", IncentiveVerdict.Kind.NOMIS_REVIEW_DIFFERS.name()));
        assertThat(world.telemetry.count("incentives-reports-reconciliation-mismatch")).isEqualTo(2);
    }

    @Test
    void aDryRunRepairChangesNothingAndTheRealOneLeavesTheNextRunClean() {
        plant();
        ReconciliationRun first = run();
        int creates = world.nomis.creates();

        List<RepairResult> planned = world.core.reconciliations().repairAll(first.id(), true);

        assertThat(planned).extracting(RepairResult::outcome).containsOnly(RepairResult.Outcome.WOULD_REPAIR);
        assertThat(world.nomis.creates()).isEqualTo(creates);
        assertThat(run().mismatchCount()).isEqualTo(2);

        List<RepairResult> done = world.core.reconciliations().repairAll(first.id(), false);

        assertThat(done).extracting(RepairResult::outcome).containsOnly(RepairResult.Outcome.REPAIRED);
        assertThat(run().mismatchCount()).isZero();
    }

    @Test
    void runsWeeklyAtUpstreamsTimeUnderItsOwnJobName() {
        assertThat(world.core.jobs()).anySatisfy(job -> {
            assertThat(job.name()).isEqualTo("incentives-reconciliation");
            assertThat(job.defaultSchedule()).isEqualTo("10 4 * * 1");
        });
    }
}
