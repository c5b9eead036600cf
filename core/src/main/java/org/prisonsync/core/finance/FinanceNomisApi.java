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
}
