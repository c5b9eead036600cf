package org.prisonsync.http.finance;

import java.util.Arrays;
import java.util.List;
import org.prisonsync.core.finance.FinanceNomisApi;
import org.prisonsync.core.finance.GeneralLedgerEntry;
import org.prisonsync.core.finance.OffenderTransactionEntry;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link FinanceNomisApi} over {@code GET /transactions/{transactionId}} and {@code …/general-ledger}. The core's
 * records carry NOMIS's own field names ({@code OffenderTransactionDto}, {@code GeneralLedgerTransactionDto}), so
 * they are read as they are; a 404 is a transaction NOMIS does not have.
 */
final class OkHttpFinanceNomisApi implements FinanceNomisApi {
    private final JsonHttp http;

    OkHttpFinanceNomisApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public List<OffenderTransactionEntry> offenderTransaction(long transactionId) {
        HttpReply reply = http.get("transactions", Long.toString(transactionId));
        if (reply.status() == 404) {
            return List.of();
        }
        if (reply.status() != 200) {
            throw reply.rejected();
        }
        return http.read(reply, OffenderTransactionEntry[].class, rows -> Arrays.stream(rows)
                .peek(row -> requireSameTransaction(row.transactionId(), transactionId)).toList());
    }

    @Override
    public List<Long> transactionIds(java.time.LocalDate entryDate, long fromTransactionId, int size) {
        HttpReply reply = http.get(java.util.Map.of("size", List.of(Integer.toString(size)),
                "entryDate", List.of(entryDate.toString())), "transactions", "from", Long.toString(fromTransactionId));
        if (reply.status() != 200) {
            throw reply.rejected();
        }
        return http.read(reply, IdsPage.class, IdsPage::toDomain);
    }

    /** {@code PrisonerTransactionIdsPage}. */
    private record IdsPage(List<IdDto> ids) {
        List<Long> toDomain() {
            return ids.stream().map(id -> {
                if (id == null || id.transactionId() == null || id.transactionId() <= 0) {
                    throw new IllegalArgumentException("a transaction id page without its ids");
                }
                return id.transactionId();
            }).toList();
        }
    }

    /** {@code PrisonerTransactionIdResponse}. */
    private record IdDto(Long transactionId) {
    }

    @Override
    public List<GeneralLedgerEntry> generalLedger(long transactionId) {
        HttpReply reply = http.get("transactions", Long.toString(transactionId), "general-ledger");
        if (reply.status() == 404) {
            return List.of();
        }
        if (reply.status() != 200) {
            throw reply.rejected();
        }
        return http.read(reply, GeneralLedgerEntry[].class, rows -> Arrays.stream(rows)
                .peek(row -> requireSameTransaction(row.transactionId(), transactionId)).toList());
    }

    private static void requireSameTransaction(long read, long asked) {
        if (read != asked) {
            throw new IllegalArgumentException("a row of transaction " + read + " in transaction " + asked);
        }
    }
}
