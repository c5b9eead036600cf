package org.prisonsync.core.finance.inmemory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.finance.AccountBalance;
import org.prisonsync.core.finance.FinanceDpsApi;
import org.prisonsync.core.finance.OffenderTransactionSync;
import org.prisonsync.core.finance.PrisonerAccount;
import org.prisonsync.core.finance.PrisonerBalance;
import org.prisonsync.core.finance.SubAccounts;
import org.prisonsync.core.finance.SyncReceipt;

/** The DPS finance sync API in memory: keeps the latest state of each transaction and every call made. */
public final class InMemoryFinanceDpsApi implements FinanceDpsApi {
    private final Map<Long, String> ids = new LinkedHashMap<>();
    private final Map<String, Long> transactionOf = new java.util.HashMap<>();
    private final Map<Long, OffenderTransactionSync> latest = new LinkedHashMap<>();
    private final List<OffenderTransactionSync> calls = new ArrayList<>();
    /** Migrated balances by prison number, then by prison and account code. */
    private final Map<String, Map<String, PrisonerAccount>> migrated = new java.util.HashMap<>();
    private int failures;
    private int migrations;

    /** The next {@code count} calls fail as an unavailable DPS would, after nothing was written. */
    public synchronized void failNext(int count) {
        failures = count;
    }

    @Override
    public synchronized SyncReceipt syncOffenderTransaction(OffenderTransactionSync transaction) {
        if (failures > 0) {
            failures--;
            throw new UpstreamUnavailable("DPS finance is unavailable (simulated)");
        }
        calls.add(transaction);
        latest.put(transaction.transactionId(), transaction);
        String existing = ids.get(transaction.transactionId());
        if (existing != null) {
            return new SyncReceipt(existing, SyncReceipt.Action.UPDATED);
        }
        String id = UUID.randomUUID().toString();
        ids.put(transaction.transactionId(), id);
        transactionOf.put(id, transaction.transactionId());
        return new SyncReceipt(id, SyncReceipt.Action.CREATED);
    }

    @Override
    public synchronized java.util.Optional<OffenderTransactionSync> find(String synchronizedTransactionId) {
        Long transactionId = transactionOf.get(synchronizedTransactionId);
        return transactionId == null ? java.util.Optional.empty() : java.util.Optional.of(latest.get(transactionId));
    }

    /**
     * A prisoner's balances as a ledger would hold them: each account's migrated balance plus every synced
     * transaction of the prisoner at that prison after the migration's last transaction (all of them when the
     * account was never migrated).
     */
    @Override
    public synchronized List<AccountBalance> prisonerBalances(String prisonNumber) {
        Map<String, PrisonerAccount> from = migrated.getOrDefault(prisonNumber, Map.of());
        List<AccountBalance> balances = new ArrayList<>();
        from.values().forEach(a -> balances.add(new AccountBalance(a.accountCode(), a.balance())));
        latest.values().stream().flatMap(t -> t.offenderTransactions().stream())
                .filter(row -> prisonNumber.equals(row.offenderNo()))
                .forEach(row -> SubAccounts.accountCode(row.subAccountType()).ifPresent(code -> {
                    PrisonerAccount base = from.get(row.caseloadId() + "/" + code);
                    if (base == null || row.transactionId() > base.lastTransactionId()) {
                        balances.add(new AccountBalance(code, SubAccounts.signedAmount(row)));
                    }
                }));
        return AccountBalance.byAccount(balances).entrySet().stream()
                .map(e -> new AccountBalance(e.getKey(), e.getValue())).toList();
    }

    @Override
    public synchronized void migratePrisonerBalance(PrisonerBalance balance) {
        if (failures > 0) {
            failures--;
            throw new UpstreamUnavailable("DPS finance is unavailable (simulated)");
        }
        Map<String, PrisonerAccount> accounts = new java.util.TreeMap<>();
        balance.accounts().forEach(a -> accounts.put(a.prisonId() + "/" + a.accountCode(), a));
        migrated.put(balance.prisonNumber(), accounts);
        migrations++;
    }

    /** How many balance migrations (repairs) DPS has received. */
    public synchronized int balanceMigrations() {
        return migrations;
    }

    /** Replaces what DPS holds for a transaction it has, without a call (a difference the reconciliation finds). */
    public synchronized void plant(OffenderTransactionSync transaction) {
        latest.put(transaction.transactionId(), transaction);
    }

    public synchronized List<OffenderTransactionSync> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<OffenderTransactionSync> callsFor(long transactionId) {
        return calls.stream().filter(c -> c.transactionId() == transactionId).toList();
    }

    public synchronized OffenderTransactionSync latest(long transactionId) {
        return latest.get(transactionId);
    }
}
