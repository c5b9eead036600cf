package org.prisonsync.core.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.RepairResult;

class TransactionsReconciliationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void reportsExactlyTheTransactionsDpsLacksOrHoldsDifferentlyAndTheRepairPutsThemRight() {
        FinanceWorld world = new FinanceWorld();
        for (long tx = 101; tx <= 130; tx++) {
            world.deliver(world.writeRow(tx, 1, "1.00"));
            world.deliver(world.writeRow(tx, 2, "2.00"));
        }
        world.settle();
        // planted: a transaction whose events were lost, one DPS holds differently
        world.nomis.write(FinanceWorld.entry(140, 1, "4.00"));
        OffenderTransactionSync held = world.dps.latest(120);
        world.dps.plant(new OffenderTransactionSync(UUID.randomUUID(), 120, "SWI",
                List.of(held.offenderTransactions().get(0), FinanceWorld.entry(120, 2, "9.99"))));
        // in flight: an open window is not compared
        world.deliver(world.writeRow(150, 1, "5.00"));

        ReconciliationRun run = world.core.reconciliations().run(TransactionsReconciliation.NAME,
                ReconciliationParameters.onDate(DAY));

        assertThat(mismatches(world, run)).extracting(Mismatch::key).containsExactlyInAnyOrder("120", "140");
        Mismatch different = mismatches(world, run).stream().filter(m -> m.key().equals("120")).findFirst().orElseThrow();
        assertThat(different.fields()).containsEntry("reason", "DIFFERENT_ROWS").containsEntry("differentRows", "2")
                .containsEntry("offenderNo", FinanceWorld.PRISONER);
        assertThat(mismatches(world, run).stream().filter(m -> m.key().equals("140")).findFirst().orElseThrow().fields())
                .containsEntry("reason", "NOT_MAPPED");
        assertThat(mismatches(world, world.core.reconciliations().run(TransactionsReconciliation.NAME,
                ReconciliationParameters.onDate(DAY.minusDays(1))))).isEmpty();

        List<RepairResult> dry = world.core.reconciliations().repairAll(run.id(), true);
        assertThat(dry).extracting(RepairResult::outcome).containsOnly(RepairResult.Outcome.WOULD_REPAIR);
        assertThat(world.dps.callsFor(140)).isEmpty();
        List<RepairResult> done = world.core.reconciliations().repairAll(run.id(), false);
        assertThat(done).extracting(RepairResult::outcome).containsOnly(RepairResult.Outcome.REPAIRED);
        world.settle();

        assertThat(mismatches(world, world.core.reconciliations().run(TransactionsReconciliation.NAME,
                ReconciliationParameters.onDate(DAY)))).isEmpty();
    }

    @Test
    void aPrisonersTransactionsOfADateRangeAreResentEachThroughItsOwnWindowAfterADryRun() {
        FinanceWorld world = new FinanceWorld();
        world.nomis.write(FinanceWorld.entry(201, 1, "1.00"));
        world.nomis.write(FinanceWorld.entry(202, 1, "2.00"));
        OffenderTransactionEntry other = FinanceWorld.entry(203, 1, "3.00");
        world.nomis.write(new OffenderTransactionEntry(203, 1, 99L, "B1234CD", 99L, "SWI", other.amount(),
                other.type(), other.postingType(), other.description(), other.entryDate(), null, null, "SPND",
                List.of(), other.createdAt(), "CLERK1", null, null, null, null));
        FinanceRepairs repairs = world.core.domain(FinanceDomain.class).repairs();

        org.prisonsync.core.repair.RepairReport dry = repairs.resendPrisonerTransactions(FinanceWorld.PRISONER, DAY,
                DAY.plusDays(1), true);
        assertThat(dry.actions()).hasSize(2);
        assertThat(world.buffer.pending(10)).isEmpty();
        repairs.resendPrisonerTransactions(FinanceWorld.PRISONER, DAY, DAY, false);
        world.settle();

        assertThat(world.dps.calls()).extracting(OffenderTransactionSync::transactionId)
                .containsExactlyInAnyOrder(201L, 202L);
        assertThat(repairs.resendPrisonerTransactions(FinanceWorld.PRISONER, DAY, DAY.minusDays(1), true).status())
                .isEqualTo(org.prisonsync.core.repair.RepairReport.Status.REFUSED);
        assertThat(repairs.resendPrisonerTransactions(FinanceWorld.PRISONER, DAY, DAY.plusDays(31), true).status())
                .isEqualTo(org.prisonsync.core.repair.RepairReport.Status.REFUSED);
        assertThat(repairs.resendPrisonerTransactions("C1234DE", DAY, DAY, true).status())
                .isEqualTo(org.prisonsync.core.repair.RepairReport.Status.NOTHING_TO_DO);
    }

    private static List<Mismatch> mismatches(FinanceWorld world, ReconciliationRun run) {
        return world.core.reconciliations().mismatches(run.id());
    }
}
