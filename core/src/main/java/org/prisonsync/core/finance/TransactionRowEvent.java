package org.prisonsync.core.finance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.OffenderEvent;

/**
 * One NOMIS transaction row event ({@code OFFENDER_TRANSACTIONS-…}: {@code transactionId}, {@code entrySequence},
 * {@code caseload}, optional {@code offenderIdDisplay} and {@code bookingId}; {@code GL_TRANSACTIONS-…} adds
 * {@code gLEntrySequence}), read strictly: ids in ASCII digits, the caseload a short code.
 */
public record TransactionRowEvent(String eventType, long transactionId, int entrySequence,
                                  Optional<Integer> generalLedgerEntrySequence, String caseload,
                                  Optional<String> offenderNo, Optional<Long> bookingId) {
    private static final int MAX_CASELOAD = 6;

    public static TransactionRowEvent of(OffenderEvent event, boolean generalLedger) {
        String caseload = event.field("caseload")
                .orElseThrow(() -> new InvalidMessageException("missing field 'caseload'"));
        if (caseload.isEmpty() || caseload.length() > MAX_CASELOAD || !caseload.chars().allMatch(
                c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            throw new InvalidMessageException("caseload must be 1 to " + MAX_CASELOAD
                    + " capital letters or digits");
        }
        Optional<Long> booking = event.field("bookingId").map(b -> event.requireLong("bookingId"));
        return new TransactionRowEvent(event.eventType(), event.requireLong("transactionId"),
                event.requireIntId("entrySequence"),
                generalLedger ? Optional.of(event.requireIntId("gLEntrySequence")) : Optional.empty(),
                caseload, event.offenderIdDisplay(), booking);
    }

    public boolean update() {
        return eventType.endsWith("-UPDATED");
    }

    /** Telemetry properties: the transaction, the row and, when known, the prisoner (logs are searched by it). */
    public Map<String, String> properties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("nomisTransactionId", Long.toString(transactionId));
        props.put("entrySequence", Integer.toString(entrySequence));
        generalLedgerEntrySequence.ifPresent(s -> props.put("gLEntrySequence", Integer.toString(s)));
        props.put("caseload", caseload);
        offenderNo.ifPresent(o -> props.put("offenderNo", o));
        bookingId.ifPresent(b -> props.put("bookingId", Long.toString(b)));
        return props;
    }
}
