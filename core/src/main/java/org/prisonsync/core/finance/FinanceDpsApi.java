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

    /**
     * A prisoner's balances by account code as DPS holds them ({@code GET /reconcile/prisoner-balances/{prisonNumber}},
     * modelled: the DPS finance API's document is not among those we hold); empty for a prisoner DPS has nothing for.
     */
    java.util.List<AccountBalance> prisonerBalances(String prisonNumber);

    /**
     * Replaces what DPS holds as a prisoner's balances with NOMIS's, each as of its account's last transaction
     * ({@code POST /migrate/prisoner-balances/{prisonNumber}}, modelled as above): what upstream's prisoner balance
     * repair sends.
     */
    void migratePrisonerBalance(PrisonerBalance balance);
}
