package org.prisonsync.core.finance;

import java.util.Objects;

/** DPS's answer to a transaction sync: its id for the transaction and whether it created or updated it. */
public record SyncReceipt(String synchronizedTransactionId, Action action) {
    public enum Action { CREATED, UPDATED }

    public SyncReceipt {
        Objects.requireNonNull(synchronizedTransactionId, "synchronizedTransactionId");
        Objects.requireNonNull(action, "action");
    }
}
