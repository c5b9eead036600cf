package org.prisonsync.core.finance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.repair.RepairReport;

/**
 * Finance's repairs. A transaction is resent through its settling window, never around it: the repair is one more
 * row event as far as the window is concerned, so it can never race the sync into a second concurrent DPS call.
 */
public final class FinanceRepairs {
    static final String REPAIR = "finance-repair-transaction";
    static final String RESEND_PRISONER = "finance-repair-prisoner-transactions";
    static final String REPAIR_BALANCE = "finance-repair-prisoner-balance";
    static final int MAX_DAYS = 31;
    private static final int PAGE = 500;

    private final TransactionWindows windows;
    private final FinanceNomisApi nomis;
    private final FinanceDpsApi dps;
    private final MappingStore mappings;
    private final String queueName;

    FinanceRepairs(TransactionWindows windows, FinanceNomisApi nomis, FinanceDpsApi dps, MappingStore mappings,
                   String queueName) {
        this.windows = windows;
        this.nomis = nomis;
        this.dps = dps;
        this.mappings = mappings;
        this.queueName = queueName;
    }

    /**
     * Upstream's {@code POST /transactions/{transactionId}/repair}: sends NOMIS's whole transaction to DPS again (a
     * sync that was lost, or DPS that lost it), through a window of its own.
     */
    public RepairReport repairTransaction(long transactionId, boolean dryRun) {
        List<OffenderTransactionEntry> rows = nomis.offenderTransaction(transactionId);
        if (rows.isEmpty()) {
            return nomis.generalLedger(transactionId).isEmpty()
                    ? RepairReport.notFound(REPAIR, dryRun, "NOMIS has no transaction " + transactionId)
                    : RepairReport.refused(REPAIR, dryRun, "transaction " + transactionId + " is a prison (general "
                    + "ledger) transaction; the DPS finance sync takes prisoner transactions only");
        }
        Optional<Mapping> mapping = mappings.findByNomisId(FinanceSync.ENTITY_TYPE, Long.toString(transactionId));
        String what = "send transaction " + transactionId + " (" + rows.size() + " prisoner row(s) of "
                + rows.get(0).offenderNo() + ") to DPS in one call, "
                + mapping.map(m -> "updating DPS transaction " + m.dpsId()).orElse("creating it in DPS and mapping it")
                + ", " + windows.settings().gracePeriod().toSeconds() + " s after its window opens";
        if (dryRun) {
            return RepairReport.of(REPAIR, true, List.of(what), "");
        }
        TransactionWindows.Arrival arrival = windows.arrive(transactionId, queueName, true);
        String how = switch (arrival.effect()) {
            case OPENED, RESCHEDULED, REVIVED -> "opened a window: " + what;
            case ABSORBED -> "a window is already open: its sync will " + what.substring(0, 1).toLowerCase()
                    + what.substring(1);
            case NEXT_WINDOW -> "the transaction is syncing now; the window after it will " + what;
            case WAIT -> "another instance is queuing this transaction's sync; it will " + what;
        };
        return RepairReport.of(REPAIR, false, List.of(how), "");
    }

    /**
     * Resends every prisoner transaction of {@code offenderNo} NOMIS entered from {@code from} to {@code to}
     * (inclusive, at most {@value #MAX_DAYS} days), each through a window of its own. NOMIS serves no transactions
     * by prisoner, so each day's transactions are paged and read, and the prisoner's kept.
     */
    public RepairReport resendPrisonerTransactions(String offenderNo, java.time.LocalDate from,
                                                   java.time.LocalDate to, boolean dryRun) {
        if (to.isBefore(from) || java.time.temporal.ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return RepairReport.refused(RESEND_PRISONER, dryRun, "from must not be after to, and the range at most "
                    + MAX_DAYS + " days");
        }
        List<Long> found = new java.util.ArrayList<>();
        for (java.time.LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            long next = 1;
            while (true) {
                List<Long> page = nomis.transactionIds(day, next, PAGE);
                for (long id : page) {
                    List<OffenderTransactionEntry> rows = nomis.offenderTransaction(id);
                    if (!rows.isEmpty() && offenderNo.equals(rows.get(0).offenderNo())) {
                        found.add(id);
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
                next = page.get(page.size() - 1) + 1;
            }
        }
        if (found.isEmpty()) {
            return RepairReport.nothingToDo(RESEND_PRISONER, dryRun, "NOMIS has no transactions of " + offenderNo
                    + " entered from " + from + " to " + to);
        }
        List<String> actions = new java.util.ArrayList<>();
        for (long id : found) {
            RepairReport one = repairTransaction(id, dryRun);
            actions.addAll(one.actions());
        }
        return RepairReport.of(RESEND_PRISONER, dryRun, actions, found.size() + " transaction(s) of " + offenderNo);
    }

    /**
     * Upstream's {@code POST /prisoners/{offenderNo}/prisoner-balance/repair}: NOMIS's balances of the prisoner, per
     * prison and account as of each account's last transaction, replace what DPS holds. Both sides are read first;
     * when they agree nothing is sent.
     */
    public RepairReport repairPrisonerBalance(String offenderNo, boolean dryRun) {
        Optional<PrisonerBalance> found = nomis.prisonerAccounts(offenderNo)
                .flatMap(accounts -> nomis.prisonerBalance(accounts.rootOffenderId()));
        if (found.isEmpty()) {
            return RepairReport.notFound(REPAIR_BALANCE, dryRun, "NOMIS holds no trust accounts of " + offenderNo);
        }
        PrisonerBalance balance = found.get();
        java.util.SortedMap<Long, java.math.BigDecimal> inNomis = AccountBalance.byAccount(balance.aggregated());
        java.util.SortedMap<Long, java.math.BigDecimal> inDps = AccountBalance.byAccount(
                dps.prisonerBalances(offenderNo));
        if (PrisonerBalancesReconciliation.differingAccounts(inNomis, inDps).isEmpty()) {
            return RepairReport.nothingToDo(REPAIR_BALANCE, dryRun, "DPS already holds NOMIS's balances of "
                    + offenderNo + " (" + AccountBalance.describe(inNomis) + ")");
        }
        List<String> actions = new java.util.ArrayList<>();
        actions.add("replace DPS's balances of " + offenderNo + " (" + AccountBalance.describe(inDps) + ") with NOMIS's ("
                + AccountBalance.describe(inNomis) + ")");
        balance.accounts().forEach(a -> actions.add("  " + a.prisonId() + " account " + a.accountCode() + ": "
                + a.balance().toPlainString() + " as of transaction " + a.lastTransactionId()));
        if (!dryRun) {
            dps.migratePrisonerBalance(balance);
        }
        return RepairReport.of(REPAIR_BALANCE, dryRun, actions, "");
    }

    /** Upstream's {@code GET /sync/prisoner-transaction/payload/{transactionId}}: what DPS would receive now. */
    public Optional<OffenderTransactionSync> payload(long transactionId) {
        List<OffenderTransactionEntry> rows = nomis.offenderTransaction(transactionId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(new OffenderTransactionSync(new UUID(0, 0),
                transactionId, rows.get(0).caseloadId(), rows));
    }

    /** The open windows, oldest first. */
    public List<OpenWindow> pendingWindows(int limit) {
        return windows.buffer().pending(limit).stream().map(OpenWindow::of).toList();
    }
}
