package org.prisonsync.core.finance;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One NOMIS general ledger row ({@code GeneralLedgerTransactionDto}); names as NOMIS serves them. */
public record GeneralLedgerEntry(long transactionId, int transactionEntrySequence, int generalLedgerEntrySequence,
                                 String caseloadId, BigDecimal amount, String type, String postingType,
                                 int accountCode, String description, LocalDateTime transactionTimestamp,
                                 String reference, LocalDateTime createdAt, String createdBy,
                                 String createdByDisplayName, LocalDateTime lastModifiedAt, String lastModifiedBy,
                                 String lastModifiedByDisplayName) {
}
