package org.prisonsync.core.finance;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A whole NOMIS transaction, sent to DPS in one call ({@code POST /sync/offender-transactions}).
 *
 * @param requestId the same for every send of one window of one transaction ({@link #requestIdOf}), so a send
 *                  repeated after a crash (the call made, the buffer not yet told) is recognisable by DPS as a repeat
 */
public record OffenderTransactionSync(UUID requestId, long transactionId, String caseloadId,
                                      List<OffenderTransactionEntry> offenderTransactions) {
    public OffenderTransactionSync {
        Objects.requireNonNull(requestId, "requestId");
        offenderTransactions = List.copyOf(offenderTransactions);
    }

    public static UUID requestIdOf(long transactionId, int generation, long windowOpenedEpochMilli) {
        return UUID.nameUUIDFromBytes(("nomis-transaction:" + transactionId + ":" + generation + ":"
                + windowOpenedEpochMilli).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The prisoner of the first row (a transaction between prisoners still has one requester in NOMIS). */
    public String offenderNo() {
        return offenderTransactions.isEmpty() ? null : offenderTransactions.get(0).offenderNo();
    }

    public Long bookingId() {
        return offenderTransactions.isEmpty() ? null : offenderTransactions.get(0).bookingId();
    }
}
