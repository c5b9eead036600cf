package org.prisonsync.core.finance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.repair.RepairReport;

/**
 * Upstream's prisoner balance reconciliation ({@code prisoner-balance-reports-reconciliation}, nightly at 03:30):
 * every prisoner NOMIS holds a non-zero trust balance for, keyset by root offender id, each account code's balance over
 * every caseload against DPS's. A transaction in its settling window shows as a difference until its sync; the repair
 * re-reads both sides and does nothing when they agree by then. The repair is upstream's prisoner balance repair:
 * NOMIS's balances replace DPS's, each as of its account's last transaction.
 */
final class PrisonerBalancesReconciliation implements Reconciliation<Long> {
    static final String NAME = "prisoner-balance";

    private final FinanceNomisApi nomis;
    private final FinanceDpsApi dps;
    private final FinanceRepairs repairs;

    PrisonerBalancesReconciliation(FinanceNomisApi nomis, FinanceDpsApi dps, FinanceRepairs repairs) {
        this.nomis = nomis;
        this.dps = dps;
        this.repairs = repairs;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> defaultSchedule() {
        return Optional.of("30 3 * * *");
    }

    @Override
    public int pageSize() {
        return 100;
    }

    @Override
    public Population<Long> population(ReconciliationParameters parameters) {
        return Population.keysetPages(0, nomis::prisonerIdsWithBalance, Long::longValue);
    }

    @Override
    public String key(Long rootOffenderId) {
        return Long.toString(rootOffenderId);
    }

    @Override
    public Optional<Mismatch> check(Long rootOffenderId, ReconciliationParameters parameters) {
        Optional<PrisonerAccounts> held = nomis.prisonerAccounts(rootOffenderId);
        if (held.isEmpty()) {
            return Optional.empty(); // gone from NOMIS since the page was read
        }
        String prisonNumber = held.get().prisonNumber();
        SortedMap<Long, BigDecimal> inNomis = AccountBalance.byAccount(held.get().accounts());
        SortedMap<Long, BigDecimal> inDps = AccountBalance.byAccount(dps.prisonerBalances(prisonNumber));
        String differing = differingAccounts(inNomis, inDps);
        if (differing.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("rootOffenderId", key(rootOffenderId));
        fields.put("offenderNo", prisonNumber);
        fields.put("reason", inDps.isEmpty() ? "NOT_IN_DPS" : "DIFFERENT_BALANCES");
        fields.put("accountCodes", differing);
        return Optional.of(new Mismatch(key(rootOffenderId), fields, AccountBalance.describe(inNomis),
                AccountBalance.describe(inDps), LikelySide.DPS, prisonNumber + "'s balance of account(s) " + differing
                + " differs in DPS; the repair replaces DPS's balances with NOMIS's"));
    }

    @Override
    public RepairResult repair(Mismatch mismatch, boolean dryRun) {
        String prisonNumber = mismatch.fields().get("offenderNo");
        RepairReport report = repairs.repairPrisonerBalance(prisonNumber, dryRun);
        String what = report.actions().isEmpty() ? report.message() : String.join("; ", report.actions());
        switch (report.status()) {
            case DONE:
            case PLANNED:
                return RepairResult.changed(mismatch.key(), dryRun, what);
            case NOTHING_TO_DO:
                return new RepairResult(mismatch.key(), dryRun, RepairResult.Outcome.NOTHING_TO_DO, what);
            default:
                return RepairResult.notRepairable(mismatch.key(), dryRun, report.message());
        }
    }

    /** The account codes whose balances differ (a missing one counts as zero), comma separated. */
    static String differingAccounts(Map<Long, BigDecimal> nomisBalances, Map<Long, BigDecimal> dpsBalances) {
        TreeSet<Long> codes = new TreeSet<>(nomisBalances.keySet());
        codes.addAll(dpsBalances.keySet());
        return String.join(",", codes.stream()
                .filter(c -> nomisBalances.getOrDefault(c, BigDecimal.ZERO)
                        .compareTo(dpsBalances.getOrDefault(c, BigDecimal.ZERO)) != 0)
                .map(String::valueOf).toList());
    }
}
