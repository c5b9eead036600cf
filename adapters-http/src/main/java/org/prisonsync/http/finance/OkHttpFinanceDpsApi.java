package org.prisonsync.http.finance;

import org.prisonsync.core.finance.AccountBalance;
import org.prisonsync.core.finance.FinanceDpsApi;
import org.prisonsync.core.finance.OffenderTransactionSync;
import org.prisonsync.core.finance.PrisonerBalance;
import org.prisonsync.core.finance.SyncReceipt;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link FinanceDpsApi} over {@code POST /sync/offender-transactions}. The DPS finance API's document is not among
 * the upstream documents we hold: the request is the NOMIS transaction as NOMIS serves it, with the window's
 * {@code requestId}; the answer is read for {@code synchronizedTransactionId} and {@code action}.
 * The balance reads and the balance migration are modelled likewise ({@code GET /reconcile/prisoner-balances/{n}},
 * {@code POST /migrate/prisoner-balances/{n}}).
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

    @Override
    public java.util.List<AccountBalance> prisonerBalances(String prisonNumber) {
        return http.find(BalancesDto.class, BalancesDto::toDomain, "reconcile", "prisoner-balances", prisonNumber)
                .orElse(java.util.List.of());
    }

    @Override
    public void migratePrisonerBalance(PrisonerBalance balance) {
        HttpReply reply = http.post(new MigrationDto(balance.accounts().stream().map(a -> new MigratedAccountDto(
                        a.prisonId(), a.accountCode(), a.balance(), a.holdBalance(), a.lastTransactionId(),
                        a.transactionDate())).toList()),
                "migrate", "prisoner-balances", balance.prisonNumber());
        if (reply.status() != 200 && reply.status() != 201 && reply.status() != 204) {
            throw reply.rejected();
        }
    }

    /** The balances report: one item per account code. */
    private record BalancesDto(java.util.List<BalanceDto> items) {
        java.util.List<AccountBalance> toDomain() {
            if (items == null) {
                throw new IllegalArgumentException("a balances report without its items");
            }
            return items.stream().map(i -> new AccountBalance(i.accountCode(), i.totalBalance())).toList();
        }
    }

    private record BalanceDto(long accountCode, java.math.BigDecimal totalBalance, java.math.BigDecimal holdBalance) {
    }

    /** A prisoner's balances to take as they are, each as of its last NOMIS transaction. */
    private record MigrationDto(java.util.List<MigratedAccountDto> accountBalances) {
    }

    private record MigratedAccountDto(String prisonId, long accountCode, java.math.BigDecimal balance,
                                      java.math.BigDecimal holdBalance, long transactionId,
                                      java.time.LocalDateTime asOfTimestamp) {
    }

    /** {@code SyncTransactionReceipt}. */
    private record ReceiptDto(String synchronizedTransactionId, String action) {
        SyncReceipt toDomain() {
            return new SyncReceipt(synchronizedTransactionId, SyncReceipt.Action.valueOf(action));
        }
    }
}
