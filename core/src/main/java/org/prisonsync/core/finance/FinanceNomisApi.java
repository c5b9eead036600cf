package org.prisonsync.core.finance;

import java.util.List;

/**
 * What finance reads from the NOMIS prisoner API. Contract: {@link org.prisonsync.core.UpstreamUnavailable} when NOMIS
 * cannot answer now; an unknown transaction is an empty list, never an error.
 */
public interface FinanceNomisApi {

    /** Every prisoner row of a transaction ({@code GET /transactions/{transactionId}}), by entry sequence. */
    List<OffenderTransactionEntry> offenderTransaction(long transactionId);

    /**
     * Up to {@code size} prisoner transaction ids entered on {@code entryDate}, from {@code fromTransactionId}
     * (inclusive) upwards, in id order ({@code GET /transactions/from/{transactionId}?size=&entryDate=}).
     */
    List<Long> transactionIds(java.time.LocalDate entryDate, long fromTransactionId, int size);

    /** Every general ledger row of a transaction ({@code GET /transactions/{transactionId}/general-ledger}). */
    List<GeneralLedgerEntry> generalLedger(long transactionId);

    /**
     * Up to {@code size} root offender ids of prisoners with a non-zero trust balance, above {@code afterRootOffenderId},
     * in id order ({@code GET /finance/prisoners/ids/all-from-id?rootOffenderId=&pageSize=}).
     */
    List<Long> prisonerIdsWithBalance(long afterRootOffenderId, int size);

    /**
     * A prisoner's balances by account code for reconciliation
     * ({@code GET /finance/prisoners/rootOffenderId/{rootOffenderId}/balance/reconcile}); empty when NOMIS has no such
     * prisoner.
     */
    java.util.Optional<PrisonerAccounts> prisonerAccounts(long rootOffenderId);

    /** The same by prison number ({@code GET /finance/prisoners/{prisonNumber}/balance/reconcile}). */
    java.util.Optional<PrisonerAccounts> prisonerAccounts(String prisonNumber);

    /**
     * A prisoner's accounts per prison with the last transaction of each, as a migration takes them
     * ({@code GET /finance/prisoners/rootOffenderId/{rootOffenderId}/balance}); empty for an unknown prisoner.
     */
    java.util.Optional<PrisonerBalance> prisonerBalance(long rootOffenderId);
}
