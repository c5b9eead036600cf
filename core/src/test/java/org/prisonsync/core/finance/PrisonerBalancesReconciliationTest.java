package org.prisonsync.core.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.repair.RepairReport;

class PrisonerBalancesReconciliationTest {
    private static final long ROOT = 1234567L;

    @Test
    void reportsExactlyThePrisonersWhoseBalancesDifferAndTheRepairPutsThemRightWithoutCountingTwice() {
        FinanceWorld world = new FinanceWorld();
        // agreeing: migrated alike, then transactions synced through the windows
        world.nomis.openAccount(ROOT, FinanceWorld.PRISONER, "SWI", 2102, new BigDecimal("50.00"));
        world.dps.migratePrisonerBalance(balance(FinanceWorld.PRISONER, 2102, "50.00", 0));
        for (long tx = 101; tx <= 105; tx++) {
            world.deliver(world.writeRow(tx, 1, "1.00"));
        }
        world.settle();
        world.nomis.openAccount(2_000_003L, "D3333DD", "MDI", 2101, BigDecimal.ZERO);
        assertThat(run(world)).isEmpty();

        // planted: A's transaction whose events were lost, B never migrated, C migrated differently
        world.nomis.write(FinanceWorld.entry(140, 1, "4.00"));
        world.nomis.openAccount(2_000_001L, "B1111BB", "MDI", 2101, new BigDecimal("10.00"));
        world.nomis.openAccount(2_000_002L, "C2222CC", "MDI", 2103, new BigDecimal("5.00"));
        world.dps.migratePrisonerBalance(balance("C2222CC", 2103, "4.00", 0));
        ReconciliationRun run = world.core.reconciliations().run(PrisonerBalancesReconciliation.NAME,
                ReconciliationParameters.none());
        List<Mismatch> found = world.core.reconciliations().mismatches(run.id());

        assertThat(found).extracting(Mismatch::key).containsExactlyInAnyOrder(Long.toString(ROOT), "2000001",
                "2000002");
        assertThat(byKey(found, Long.toString(ROOT)).fields()).containsEntry("offenderNo", FinanceWorld.PRISONER)
                .containsEntry("reason", "DIFFERENT_BALANCES").containsEntry("accountCodes", "2102");
        assertThat(byKey(found, Long.toString(ROOT)).nomisValue()).isEqualTo("2102=41.00");
        assertThat(byKey(found, Long.toString(ROOT)).dpsValue()).isEqualTo("2102=45.00");
        assertThat(byKey(found, "2000001").fields()).containsEntry("reason", "NOT_IN_DPS");
        assertThat(byKey(found, "2000002").fields()).containsEntry("accountCodes", "2103");

        int migrations = world.dps.balanceMigrations();
        assertThat(world.core.reconciliations().repairAll(run.id(), true)).extracting(RepairResult::outcome)
                .containsOnly(RepairResult.Outcome.WOULD_REPAIR);
        assertThat(world.dps.balanceMigrations()).isEqualTo(migrations);
        assertThat(world.core.reconciliations().repairAll(run.id(), false)).extracting(RepairResult::outcome)
                .containsOnly(RepairResult.Outcome.REPAIRED);
        assertThat(run(world)).isEmpty();

        // after the repair, a transaction is added on top of the migrated balance, and an old one not again
        world.deliver(world.writeRow(160, 1, "2.00"));
        world.deliver(FinanceWorld.rowEvent(FinanceSync.OFFENDER_TRANSACTIONS_UPDATED, 140, 1, "OTDSUBAT"));
        world.settle();
        assertThat(run(world)).isEmpty();
        assertThat(world.dps.prisonerBalances(FinanceWorld.PRISONER)).singleElement()
                .satisfies(b -> assertThat(b.balance()).isEqualByComparingTo("39.00"));
    }

    @Test
    void theRepairReadsBothSidesFirstAndSendsNothingWhenTheyAgreeOrNomisHasNoAccounts() {
        FinanceWorld world = new FinanceWorld();
        world.nomis.openAccount(ROOT, FinanceWorld.PRISONER, "SWI", 2101, new BigDecimal("7.00"));
        FinanceRepairs repairs = world.core.domain(FinanceDomain.class).repairs();

        RepairReport dry = repairs.repairPrisonerBalance(FinanceWorld.PRISONER, true);
        assertThat(dry.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(dry.actions()).first().asString().contains("(none)").contains("(2101=7.00)");
        assertThat(dry.actions()).anySatisfy(a -> assertThat(a).contains("SWI account 2101: 7.00"));
        assertThat(world.dps.balanceMigrations()).isZero();

        assertThat(repairs.repairPrisonerBalance(FinanceWorld.PRISONER, false).status())
                .isEqualTo(RepairReport.Status.DONE);
        assertThat(repairs.repairPrisonerBalance(FinanceWorld.PRISONER, false).status())
                .isEqualTo(RepairReport.Status.NOTHING_TO_DO);
        assertThat(repairs.repairPrisonerBalance("Z9999ZZ", false).status())
                .isEqualTo(RepairReport.Status.NOT_FOUND);
        assertThat(world.dps.balanceMigrations()).isEqualTo(1);
    }

    private static List<Mismatch> run(FinanceWorld world) {
        ReconciliationRun run = world.core.reconciliations().run(PrisonerBalancesReconciliation.NAME,
                ReconciliationParameters.none());
        return world.core.reconciliations().mismatches(run.id());
    }

    private static Mismatch byKey(List<Mismatch> found, String key) {
        return found.stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }

    private static PrisonerBalance balance(String prisoner, long accountCode, String amount, long asOf) {
        return new PrisonerBalance(0, prisoner, List.of(new PrisonerAccount(prisoner.equals(FinanceWorld.PRISONER)
                ? "SWI" : "MDI", asOf, LocalDateTime.of(2026, 3, 1, 0, 0), accountCode, new BigDecimal(amount),
                BigDecimal.ZERO)));
    }
}
