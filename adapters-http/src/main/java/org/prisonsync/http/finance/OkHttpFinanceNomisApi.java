package org.prisonsync.http.finance;

import java.util.Arrays;
import java.util.List;
import org.prisonsync.core.finance.FinanceNomisApi;
import org.prisonsync.core.finance.GeneralLedgerEntry;
import org.prisonsync.core.finance.OffenderTransactionEntry;
import org.prisonsync.core.finance.PrisonerAccounts;
import org.prisonsync.core.finance.PrisonerBalance;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link FinanceNomisApi} over {@code GET /transactions/{transactionId}} and {@code …/general-ledger}, and the
 * prisoner balance reads under {@code /finance/prisoners}. The core's
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

    @Override
    public List<Long> prisonerIdsWithBalance(long afterRootOffenderId, int size) {
        return http.fetch(java.util.Map.of("rootOffenderId", List.of(Long.toString(afterRootOffenderId)),
                        "pageSize", List.of(Integer.toString(size))), RootOffenderIdsDto.class,
                RootOffenderIdsDto::toDomain, "finance", "prisoners", "ids", "all-from-id");
    }

    @Override
    public java.util.Optional<PrisonerAccounts> prisonerAccounts(long rootOffenderId) {
        return http.find(PrisonerAccounts.class, accounts -> requireSamePrisoner(accounts, rootOffenderId),
                "finance", "prisoners", "rootOffenderId", Long.toString(rootOffenderId), "balance", "reconcile");
    }

    @Override
    public java.util.Optional<PrisonerAccounts> prisonerAccounts(String prisonNumber) {
        return http.find(PrisonerAccounts.class, accounts -> {
            if (!prisonNumber.equals(accounts.prisonNumber())) {
                throw new IllegalArgumentException("the balances of " + accounts.prisonNumber() + " for "
                        + prisonNumber);
            }
            return accounts;
        }, "finance", "prisoners", prisonNumber, "balance", "reconcile");
    }

    @Override
    public java.util.Optional<PrisonerBalance> prisonerBalance(long rootOffenderId) {
        return http.find(PrisonerBalance.class, balance -> {
            if (balance.rootOffenderId() != rootOffenderId || balance.prisonNumber() == null) {
                throw new IllegalArgumentException("the balance of prisoner " + balance.rootOffenderId() + " for "
                        + rootOffenderId);
            }
            return balance;
        }, "finance", "prisoners", "rootOffenderId", Long.toString(rootOffenderId), "balance");
    }

    private static PrisonerAccounts requireSamePrisoner(PrisonerAccounts accounts, long rootOffenderId) {
        if (accounts.rootOffenderId() != rootOffenderId || accounts.prisonNumber() == null) {
            throw new IllegalArgumentException("the balances of prisoner " + accounts.rootOffenderId() + " for "
                    + rootOffenderId);
        }
        return accounts;
    }

    /** {@code RootOffenderIdsWithLast}. */
    private record RootOffenderIdsDto(List<Long> rootOffenderIds, Long lastOffenderId) {
        List<Long> toDomain() {
            if (rootOffenderIds == null || rootOffenderIds.stream().anyMatch(id -> id == null || id <= 0)) {
                throw new IllegalArgumentException("a page of root offender ids without its ids");
            }
            return List.copyOf(rootOffenderIds);
        }
    }

    private static void requireSameTransaction(long read, long asked) {
        if (read != asked) {
            throw new IllegalArgumentException("a row of transaction " + read + " in transaction " + asked);
        }
    }
}
