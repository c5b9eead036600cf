package org.prisonsync.core.nonassociations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.reconciliation.RunStatus;
import org.prisonsync.core.repair.RepairReport;

/** NOMIS's pairs against DPS's, every planted difference reported once, repaired after a dry run. */
class NonAssociationsReconciliationTest {
    private final NonAssociationsWorld world = new NonAssociationsWorld();

    /** A pair in step in both systems (no mapping: as data from before prison-sync). */
    private DpsNonAssociation inStep(String a, String b) {
        DpsNonAssociation na = world.made(a, b, "CELL");
        world.nomis.create(NomisNonAssociationRequest.from(world.dps.find(na.id()).orElseThrow()));
        return na;
    }

    private void plant() {
        inStep("A0001AA", "B0001BB");
        inStep("A0002AA", "B0002BB");
        inStep("A0003AA", "B0003BB");
        // type differs: NOMIS WING, DPS CELL
        DpsNonAssociation typed = inStep("A0004AA", "B0004BB");
        var record = world.nomis.all("A0004AA", "B0004BB").get(0);
        world.nomis.amend(record.id(), new NomisNonAssociationRequest("A0004AA", "B0004BB", record.reason(),
                record.recipReason(), "WING", null, record.effectiveDate(), null, record.comment()));
        // closed in DPS, open in NOMIS
        DpsNonAssociation closed = inStep("A0005AA", "B0005BB");
        world.dps.close(closed.id());
        // DPS only, twice for one pair (reported once)
        world.made("A0006AA", "B0006BB", "WING");
        world.made("A0006AA", "B0006BB", "LANDING");
        // a date out of step
        inStep("A0007AA", "B0007BB");
        var dated = world.nomis.all("A0007AA", "B0007BB").get(0);
        world.nomis.amend(dated.id(), new NomisNonAssociationRequest("A0007AA", "B0007BB", dated.reason(),
                dated.recipReason(), dated.type(), null, LocalDate.of(2025, 1, 1), null, dated.comment()));
        assertThat(typed.id()).isPositive();
    }

    private ReconciliationRun run() {
        return world.core.reconciliations().run(NonAssociationsReconciliation.NAME, ReconciliationParameters.none());
    }

    @Test
    void reportsExactlyThePlantedPairsWithNomisLikelyWrong() {
        plant();

        ReconciliationRun run = run();

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        List<Mismatch> mismatches = world.core.reconciliations().mismatches(run.id());
        assertThat(mismatches).extracting(Mismatch::key).containsExactlyInAnyOrder("A0004AA:B0004BB",
                "A0005AA:B0005BB", "A0006AA:B0006BB", "A0007AA:B0007BB");
        assertThat(mismatches).allSatisfy(m -> assertThat(m.likelySide()).isEqualTo(LikelySide.NOMIS));
        assertThat(mismatches).filteredOn(m -> m.key().equals("A0004AA:B0004BB")).singleElement()
                .satisfies(m -> {
                    assertThat(m.nomisValue()).isEqualTo("WING 2026-02-20 open");
                    assertThat(m.dpsValue()).isEqualTo("CELL 2026-02-20 open");
                    assertThat(m.fields()).containsEntry("kind", "DIFFERENT");
                });
        assertThat(mismatches).filteredOn(m -> m.key().equals("A0005AA:B0005BB")).singleElement()
                .satisfies(m -> assertThat(m.dpsValue()).isEqualTo("CELL 2026-02-20 closed"));
        assertThat(mismatches).filteredOn(m -> m.key().equals("A0006AA:B0006BB")).singleElement()
                .satisfies(m -> assertThat(m.fields()).containsEntry("kind", "DPS_ONLY")
                        .containsEntry("dpsCount", "2"));
        assertThat(world.telemetry.count("non-associations-reports-reconciliation-mismatch")).isEqualTo(4);
    }

    @Test
    void aDryRunRepairChangesNothingAndTheRealOneLeavesTheNextRunClean() {
        plant();
        ReconciliationRun first = run();
        int records = world.nomis.count();

        List<RepairResult> planned = world.core.reconciliations().repairAll(first.id(), true);

        assertThat(planned).extracting(RepairResult::outcome).containsOnly(RepairResult.Outcome.WOULD_REPAIR);
        assertThat(world.nomis.count()).isEqualTo(records);
        assertThat(world.mappings.findByPrisoner(NonAssociationsSync.ENTITY_TYPE, "A0006AA")).isEmpty();
        assertThat(run().mismatchCount()).isEqualTo(4);

        List<RepairResult> done = world.core.reconciliations().repairAll(first.id(), false);

        assertThat(done).extracting(RepairResult::outcome).containsOnly(RepairResult.Outcome.REPAIRED);
        assertThat(run().mismatchCount()).isZero();
        assertThat(world.mappings.findByPrisoner(NonAssociationsSync.ENTITY_TYPE, "A0006AA")).hasSize(2);
    }

    @Test
    void aNomisRecordNoDpsOneAccountsForIsNotRepairedButNamed() {
        inStep("A0008AA", "B0008BB");
        world.nomis.create(new NomisNonAssociationRequest("A0008AA", "B0008BB", "VIC", "PER", "CELL", null,
                LocalDate.of(2024, 5, 1), null, "made in NOMIS"));
        ReconciliationRun run = run();

        assertThat(world.core.reconciliations().repairAll(run.id(), false)).singleElement()
                .satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(RepairResult.Outcome.NOT_REPAIRABLE);
                    assertThat(r.description()).contains("sequence 2");
                });
    }

    @Test
    void anExcludedPairIsSkippedAndReportedOnceItIsConsistent() {
        plant();
        world.core.reconciliations().exclude(NonAssociationsReconciliation.NAME, "A0005AA:B0005BB",
                "closed in DPS on purpose, NOMIS to follow");

        ReconciliationRun skipped = run();

        assertThat(world.core.reconciliations().mismatches(skipped.id())).extracting(Mismatch::key)
                .containsExactlyInAnyOrder("A0004AA:B0004BB", "A0006AA:B0006BB", "A0007AA:B0007BB");
        DpsNonAssociation closed = world.dps.between("A0005AA", "B0005BB").get(0);
        world.repairs().resync(closed.id(), false);
        run();

        assertThat(world.telemetry.named("non-associations-reports-reconciliation-mismatch-excluded-resolved"))
                .singleElement().satisfies(e -> assertThat(e.properties()).containsValue("A0005AA:B0005BB"));
    }

    @Test
    void theResyncAndCloseRepairsPlanFirstThenAct() {
        DpsNonAssociation na = inStep("A0009AA", "B0009BB");
        world.dps.close(na.id());

        RepairReport plan = world.repairs().resync(na.id(), true);
        assertThat(plan.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(world.nomis.all("A0009AA", "B0009BB").get(0).expiryDate()).isNull();

        assertThat(world.repairs().resync(na.id(), false).status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomis.all("A0009AA", "B0009BB").get(0).expiryDate()).isNotNull();
        assertThat(world.mappingOf(na.id())).map(m -> m.nomisId()).contains("A0009AA:B0009BB:1");
        assertThat(world.repairs().resync(na.id(), true).status()).isEqualTo(RepairReport.Status.NOTHING_TO_DO);

        inStep("A0010AA", "B0010BB");
        assertThat(world.repairs().close("B0010BB", "A0010AA", 1, true).status())
                .isEqualTo(RepairReport.Status.PLANNED);
        assertThat(world.nomis.all("A0010AA", "B0010BB").get(0).expiryDate()).isNull();
        assertThat(world.repairs().close("B0010BB", "A0010AA", 1, false).status())
                .isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomis.all("A0010AA", "B0010BB").get(0).expiryDate()).isNotNull();
        assertThat(world.repairs().close("B0010BB", "A0010AA", 1, false).status())
                .isEqualTo(RepairReport.Status.NOTHING_TO_DO);
        assertThat(world.repairs().close("B0010BB", "A0010AA", 7, true).status())
                .isEqualTo(RepairReport.Status.NOT_FOUND);
    }

    @Test
    void runsWeeklyAtUpstreamsTime() {
        assertThat(world.core.jobs()).anySatisfy(job -> {
            assertThat(job.name()).isEqualTo("non-associations-reconciliation");
            assertThat(job.defaultSchedule()).isEqualTo("30 2 * * 2");
        });
    }
}
