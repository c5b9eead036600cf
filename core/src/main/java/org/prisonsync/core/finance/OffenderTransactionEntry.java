package org.prisonsync.core.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One NOMIS prisoner transaction row ({@code OffenderTransactionDto}) with its general ledger rows; names as NOMIS
 * serves them, so the whole group goes to DPS as NOMIS holds it.
 */
public record OffenderTransactionEntry(long transactionId, int transactionEntrySequence, long offenderId,
                                       String offenderNo, Long bookingId, String caseloadId, BigDecimal amount,
                                       String type, String postingType, String description, LocalDate entryDate,
                                       String clientReference, String reference, String subAccountType,
                                       List<GeneralLedgerEntry> generalLedgerTransactions, LocalDateTime createdAt,
                                       String createdBy, String createdByDisplayName, LocalDateTime lastModifiedAt,
                                       String lastModifiedBy, String lastModifiedByDisplayName) {
    public OffenderTransactionEntry {
        generalLedgerTransactions = generalLedgerTransactions == null ? List.of()
                : List.copyOf(generalLedgerTransactions);
    }
}
