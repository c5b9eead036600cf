package org.prisonsync.core.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.repair.RepairReport;

/**
 * Upstream's prisoner transactions reconciliation ({@code prisoner-transactions-reports-reconciliation}; its
 * schedule is suspended upstream, so this one runs on demand): every prisoner transaction NOMIS entered on a date
 * (yesterday by default) against what DPS holds for it, row by row (sequence, sub-account, posting type, amount).
 * A transaction whose window is open is being synced and is not compared. Each mismatch's repair resends the
 * transaction through a window of its own.
 */
final class TransactionsReconciliation implements Reconciliation<Long> {
    static final String NAME = "prisoner-transactions";

    private final FinanceNomisApi nomis;
    private final FinanceDpsApi dps;
    private final MappingStore mappings;
    private final TransactionBuffer buffer;
    private final FinanceRepairs repairs;

    TransactionsReconciliation(FinanceNomisApi nomis, FinanceDpsApi dps, MappingStore mappings,
                               TransactionBuffer buffer, FinanceRepairs repairs) {
        this.nomis = nomis;
        this.dps = dps;
        this.mappings = mappings;
        this.buffer = buffer;
        this.repairs = repairs;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean dated() {
        return true;
    }

    @Override
    public int pageSize() {
        return 100;
    }

    @Override
    public Population<Long> population(ReconciliationParameters parameters) {
        LocalDate date = parameters.date().orElseThrow();
        return Population.keysetPages(0, (afterKey, size) -> nomis.transactionIds(date, afterKey + 1, size),
                Long::longValue);
    }

    @Override
    public String key(Long transactionId) {
        return Long.toString(transactionId);
    }

    @Override
    public Optional<Mismatch> check(Long transactionId, ReconciliationParameters parameters) {
        if (buffer.find(transactionId).isPresent()) {
            return Optional.empty(); // syncing now: its window's sync is the comparison
        }
        List<OffenderTransactionEntry> rows = nomis.offenderTransaction(transactionId);
        if (rows.isEmpty()) {
            return Optional.empty(); // gone from NOMIS since the page was read
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nomisTransactionId", Long.toString(transactionId));
        fields.put("offenderNo", rows.get(0).offenderNo());
        fields.put("prisonId", rows.get(0).caseloadId());
        parameters.date().ifPresent(d -> fields.put("date", d.toString()));
        String nomisRows = describe(rows);
        Optional<Mapping> mapping = mappings.findByNomisId(FinanceSync.ENTITY_TYPE, Long.toString(transactionId));
        Optional<OffenderTransactionSync> held = mapping.flatMap(m -> dps.find(m.dpsId()));
        if (held.isEmpty()) {
            fields.put("reason", mapping.isEmpty() ? "NOT_MAPPED" : "MISSING_IN_DPS");
            return Optional.of(new Mismatch(key(transactionId), fields, nomisRows, null, LikelySide.DPS,
                    "transaction " + transactionId + " of " + rows.get(0).offenderNo() + " (" + rows.size()
                            + " rows) is not in DPS; the repair resends it"));
        }
        fields.put("dpsTransactionId", mapping.get().dpsId());
        String dpsRows = describe(held.get().offenderTransactions());
        if (dpsRows.equals(nomisRows)) {
            return Optional.empty();
        }
        fields.put("reason", "DIFFERENT_ROWS");
        fields.put("differentRows", differing(rows, held.get().offenderTransactions()));
        return Optional.of(new Mismatch(key(transactionId), fields, nomisRows, dpsRows, LikelySide.DPS,
                "transaction " + transactionId + " differs in DPS (rows " + fields.get("differentRows")
                        + "); the repair resends NOMIS's"));
    }

    @Override
    public RepairResult repair(Mismatch mismatch, boolean dryRun) {
        RepairReport report = repairs.repairTransaction(Long.parseLong(mismatch.key()), dryRun);
        String what = String.join("; ", report.actions());
        switch (report.status()) {
            case DONE:
            case PLANNED:
                return RepairResult.changed(mismatch.key(), dryRun, what);
            default:
                return RepairResult.notRepairable(mismatch.key(), dryRun, report.message());
        }
    }

    /** The rows as compared, by sequence: {@code seq:subAccount:posting:amount}, joined; bounded for the run. */
    private static String describe(List<OffenderTransactionEntry> rows) {
        Map<Integer, String> bySequence = byRow(rows);
        String all = String.join(",", bySequence.values());
        return all.length() <= 900 ? all : rows.size() + " rows, hash " + Integer.toHexString(all.hashCode());
    }

    private static Map<Integer, String> byRow(List<OffenderTransactionEntry> rows) {
        Map<Integer, String> bySequence = new TreeMap<>();
        rows.forEach(r -> bySequence.put(r.transactionEntrySequence(), r.transactionEntrySequence() + ":"
                + r.subAccountType() + ":" + r.postingType() + ":" + plain(r.amount())));
        return bySequence;
    }

    private static String differing(List<OffenderTransactionEntry> nomisRows, List<OffenderTransactionEntry> dpsRows) {
        Map<Integer, String> n = byRow(nomisRows);
        Map<Integer, String> d = byRow(dpsRows);
        List<String> sequences = new ArrayList<>();
        java.util.Set<Integer> all = new java.util.TreeSet<>(n.keySet());
        all.addAll(d.keySet());
        for (Integer sequence : all) {
            if (!java.util.Objects.equals(n.get(sequence), d.get(sequence))) {
                sequences.add(Integer.toString(sequence));
            }
        }
        String joined = String.join(",", sequences);
        return joined.length() <= 200 ? joined : sequences.size() + " rows";
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "null" : amount.stripTrailingZeros().toPlainString();
    }
}
