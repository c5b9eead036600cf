package org.prisonsync.core.finance.inmemory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.finance.FinanceDpsApi;
import org.prisonsync.core.finance.OffenderTransactionSync;
import org.prisonsync.core.finance.SyncReceipt;

/** The DPS finance sync API in memory: keeps the latest state of each transaction and every call made. */
public final class InMemoryFinanceDpsApi implements FinanceDpsApi {
    private final Map<Long, String> ids = new LinkedHashMap<>();
    private final Map<String, Long> transactionOf = new java.util.HashMap<>();
    private final Map<Long, OffenderTransactionSync> latest = new LinkedHashMap<>();
    private final List<OffenderTransactionSync> calls = new ArrayList<>();
    private int failures;

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
