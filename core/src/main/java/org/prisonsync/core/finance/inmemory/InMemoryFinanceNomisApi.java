package org.prisonsync.core.finance.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.prisonsync.core.finance.FinanceNomisApi;
import org.prisonsync.core.finance.GeneralLedgerEntry;
import org.prisonsync.core.finance.OffenderTransactionEntry;

/** NOMIS's transactions in memory: rows are written one at a time, as NOMIS commits them before each event. */
public final class InMemoryFinanceNomisApi implements FinanceNomisApi {
    private final Map<Long, Map<Integer, OffenderTransactionEntry>> offender = new TreeMap<>();
    private final Map<Long, List<GeneralLedgerEntry>> ledger = new TreeMap<>();
    private int reads;

    /** Writes (or rewrites, by entry sequence) one prisoner row. */
    public synchronized void write(OffenderTransactionEntry entry) {
        offender.computeIfAbsent(entry.transactionId(), t -> new TreeMap<>())
                .put(entry.transactionEntrySequence(), entry);
    }

    public synchronized void writeGeneralLedger(GeneralLedgerEntry entry) {
        ledger.computeIfAbsent(entry.transactionId(), t -> new ArrayList<>()).add(entry);
    }

    @Override
    public synchronized List<OffenderTransactionEntry> offenderTransaction(long transactionId) {
        reads++;
        return List.copyOf(offender.getOrDefault(transactionId, Map.of()).values());
    }

    @Override
    public synchronized List<Long> transactionIds(java.time.LocalDate entryDate, long fromTransactionId, int size) {
        return offender.entrySet().stream()
                .filter(e -> e.getKey() >= fromTransactionId)
                .filter(e -> e.getValue().values().stream().anyMatch(row -> entryDate.equals(row.entryDate())))
                .map(Map.Entry::getKey).limit(size).toList();
    }

    @Override
    public synchronized List<GeneralLedgerEntry> generalLedger(long transactionId) {
        return ledger.getOrDefault(transactionId, List.of()).stream()
                .sorted(Comparator.comparingInt(GeneralLedgerEntry::transactionEntrySequence)
                        .thenComparingInt(GeneralLedgerEntry::generalLedgerEntrySequence)).toList();
    }

    public synchronized int reads() {
        return reads;
    }
}
