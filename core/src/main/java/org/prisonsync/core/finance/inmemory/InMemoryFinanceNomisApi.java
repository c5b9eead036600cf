package org.prisonsync.core.finance.inmemory;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.prisonsync.core.finance.AccountBalance;
import org.prisonsync.core.finance.FinanceNomisApi;
import org.prisonsync.core.finance.GeneralLedgerEntry;
import org.prisonsync.core.finance.OffenderTransactionEntry;
import org.prisonsync.core.finance.PrisonerAccount;
import org.prisonsync.core.finance.PrisonerAccounts;
import org.prisonsync.core.finance.PrisonerBalance;
import org.prisonsync.core.finance.SubAccounts;

/** NOMIS's transactions in memory: rows are written one at a time, as NOMIS commits them before each event. */
public final class InMemoryFinanceNomisApi implements FinanceNomisApi {
    private static final LocalDateTime OPENED = LocalDateTime.of(2020, 1, 1, 0, 0);
    private final java.util.NavigableMap<Long, Map<Integer, OffenderTransactionEntry>> offender = new TreeMap<>();
    /**
     * The same rows by prisoner (root offender id → transaction → sequence), so a balance reads one prisoner's rows:
     * a reconciliation page used to fold every row held for each prisoner it listed, under this object's lock, which
     * at a million rows stalled every write and read of the simulated NOMIS for minutes.
     */
    private final Map<Long, Map<Long, Map<Integer, OffenderTransactionEntry>>> byPrisoner = new java.util.HashMap<>();
    private final Map<Long, List<GeneralLedgerEntry>> ledger = new TreeMap<>();
    /** Balances before any transaction held here (a migration's opening balances), by root offender id. */
    private final Map<Long, Map<String, BigDecimal>> opening = new TreeMap<>();
    private final Map<Long, String> prisonNumbers = new TreeMap<>();
    private int reads;

    /**
     * Gives a prisoner an account at a prison holding {@code balance} before any transaction here; with the rows
     * written since, it is the account's balance. The prisoner's root offender id is the rows' {@code offenderId}.
     */
    public synchronized void openAccount(long rootOffenderId, String prisonNumber, String prisonId, long accountCode,
                                         BigDecimal balance) {
        prisonNumbers.put(rootOffenderId, prisonNumber);
        opening.computeIfAbsent(rootOffenderId, r -> new TreeMap<>()).put(prisonId + "/" + accountCode, balance);
    }

    /** Writes (or rewrites, by entry sequence) one prisoner row. */
    public synchronized void write(OffenderTransactionEntry entry) {
        prisonNumbers.putIfAbsent(entry.offenderId(), entry.offenderNo());
        OffenderTransactionEntry was = offender.computeIfAbsent(entry.transactionId(), t -> new TreeMap<>())
                .put(entry.transactionEntrySequence(), entry);
        if (was != null && was.offenderId() != entry.offenderId()) {
            byPrisoner.getOrDefault(was.offenderId(), Map.of()).getOrDefault(was.transactionId(), new TreeMap<>())
                    .remove(was.transactionEntrySequence());
        }
        byPrisoner.computeIfAbsent(entry.offenderId(), o -> new TreeMap<>())
                .computeIfAbsent(entry.transactionId(), t -> new TreeMap<>())
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
        return offender.tailMap(fromTransactionId, true).entrySet().stream()
                .filter(e -> e.getValue().values().stream().anyMatch(row -> entryDate.equals(row.entryDate())))
                .map(Map.Entry::getKey).limit(size).toList();
    }

    @Override
    public synchronized List<GeneralLedgerEntry> generalLedger(long transactionId) {
        return ledger.getOrDefault(transactionId, List.of()).stream()
                .sorted(Comparator.comparingInt(GeneralLedgerEntry::transactionEntrySequence)
                        .thenComparingInt(GeneralLedgerEntry::generalLedgerEntrySequence)).toList();
    }

    @Override
    public synchronized List<Long> prisonerIdsWithBalance(long afterRootOffenderId, int size) {
        return prisonNumbers.keySet().stream().filter(id -> id > afterRootOffenderId)
                .filter(id -> balanceOf(id).accounts().stream().anyMatch(a -> a.balance().signum() != 0))
                .limit(size).toList();
    }

    @Override
    public synchronized Optional<PrisonerAccounts> prisonerAccounts(long rootOffenderId) {
        return prisonerBalance(rootOffenderId).map(b -> new PrisonerAccounts(rootOffenderId, b.prisonNumber(),
                AccountBalance.byAccount(b.aggregated()).entrySet().stream()
                        .map(e -> new AccountBalance(e.getKey(), e.getValue())).toList()));
    }

    @Override
    public synchronized Optional<PrisonerAccounts> prisonerAccounts(String prisonNumber) {
        return prisonNumbers.entrySet().stream().filter(e -> e.getValue().equals(prisonNumber)).findFirst()
                .flatMap(e -> prisonerAccounts(e.getKey()));
    }

    @Override
    public synchronized Optional<PrisonerBalance> prisonerBalance(long rootOffenderId) {
        return prisonNumbers.containsKey(rootOffenderId) ? Optional.of(balanceOf(rootOffenderId)) : Optional.empty();
    }

    /** Opening balances plus every row of the prisoner's since, per prison and account code. */
    private PrisonerBalance balanceOf(long rootOffenderId) {
        Map<String, PrisonerAccount> accounts = new TreeMap<>();
        opening.getOrDefault(rootOffenderId, Map.of()).forEach((key, balance) -> {
            String[] parts = key.split("/");
            accounts.put(key, new PrisonerAccount(parts[0], 0, OPENED, Long.parseLong(parts[1]), balance,
                    BigDecimal.ZERO));
        });
        byPrisoner.getOrDefault(rootOffenderId, Map.of()).values().forEach(rows -> rows.values().stream()
                .forEach(row -> SubAccounts.accountCode(row.subAccountType()).ifPresent(code -> {
                    String key = row.caseloadId() + "/" + code;
                    PrisonerAccount was = accounts.getOrDefault(key, new PrisonerAccount(row.caseloadId(), 0, OPENED,
                            code, BigDecimal.ZERO, BigDecimal.ZERO));
                    boolean later = row.transactionId() >= was.lastTransactionId();
                    accounts.put(key, new PrisonerAccount(row.caseloadId(),
                            Math.max(was.lastTransactionId(), row.transactionId()),
                            later && row.createdAt() != null ? row.createdAt() : was.transactionDate(), code,
                            was.balance().add(SubAccounts.signedAmount(row)), was.holdBalance()));
                })));
        return new PrisonerBalance(rootOffenderId, prisonNumbers.get(rootOffenderId), List.copyOf(accounts.values()));
    }

    public synchronized int reads() {
        return reads;
    }
}
