package org.prisonsync.core.finance;

/**
 * The DPS finance sync API. Contract: {@link org.prisonsync.core.UpstreamUnavailable} when it cannot answer now,
 * {@link org.prisonsync.core.UpstreamRejected} when it refuses the transaction.
 */
public interface FinanceDpsApi {

    /** Creates or replaces the whole transaction in DPS ({@code POST /sync/offender-transactions}). */
    SyncReceipt syncOffenderTransaction(OffenderTransactionSync transaction);
}
