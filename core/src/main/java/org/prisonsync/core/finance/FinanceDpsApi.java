package org.prisonsync.core.finance;

/**
 * The DPS finance sync API. Contract: {@link org.prisonsync.core.UpstreamUnavailable} when it cannot answer now,
 * {@link org.prisonsync.core.UpstreamRejected} when it refuses the transaction.
 */
public interface FinanceDpsApi {

    /** Creates or replaces the whole transaction in DPS ({@code POST /sync/offender-transactions}). */
    SyncReceipt syncOffenderTransaction(OffenderTransactionSync transaction);

    /**
     * The transaction as DPS holds it now, by its id ({@code GET /sync/offender-transactions/{id}}): the rows of its
     * last sync; empty when DPS has no such transaction.
     */
    java.util.Optional<OffenderTransactionSync> find(String synchronizedTransactionId);
}
