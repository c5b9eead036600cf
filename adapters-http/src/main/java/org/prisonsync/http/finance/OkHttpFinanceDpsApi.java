package org.prisonsync.http.finance;

import org.prisonsync.core.finance.FinanceDpsApi;
import org.prisonsync.core.finance.OffenderTransactionSync;
import org.prisonsync.core.finance.SyncReceipt;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link FinanceDpsApi} over {@code POST /sync/offender-transactions}. The DPS finance API's document is not among
 * the upstream documents we hold: the request is the NOMIS transaction as NOMIS serves it, with the window's
 * {@code requestId}; the answer is read for {@code synchronizedTransactionId} and {@code action}.
 */
final class OkHttpFinanceDpsApi implements FinanceDpsApi {
    private final JsonHttp http;

    OkHttpFinanceDpsApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public SyncReceipt syncOffenderTransaction(OffenderTransactionSync transaction) {
        return http.readCreated(http.post(transaction, "sync", "offender-transactions"), ReceiptDto.class,
                ReceiptDto::toDomain);
    }

    @Override
    public java.util.Optional<OffenderTransactionSync> find(String synchronizedTransactionId) {
        return http.find(OffenderTransactionSync.class, held -> held, "sync", "offender-transactions",
                synchronizedTransactionId);
    }

    /** {@code SyncTransactionReceipt}. */
    private record ReceiptDto(String synchronizedTransactionId, String action) {
        SyncReceipt toDomain() {
            return new SyncReceipt(synchronizedTransactionId, SyncReceipt.Action.valueOf(action));
        }
    }
}
