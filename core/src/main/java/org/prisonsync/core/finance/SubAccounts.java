package org.prisonsync.core.finance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalLong;

/**
 * NOMIS's prisoner sub-accounts and the trust account codes balances are kept under: cash ({@code REG}, 2101), spends
 * ({@code SPND}, 2102) and savings ({@code SAV}, 2103). A credit row adds to its account, a debit takes away.
 */
public final class SubAccounts {
    private static final Map<String, Long> ACCOUNT_CODES = Map.of("REG", 2101L, "SPND", 2102L, "SAV", 2103L);
    /** The account codes a prisoner's balance is held under. */
    public static final java.util.List<Long> ACCOUNT_CODES_HELD = java.util.List.of(2101L, 2102L, 2103L);

    private SubAccounts() {
    }

    /** The account code a row of this sub-account moves; empty for a sub-account that holds no balance. */
    public static OptionalLong accountCode(String subAccountType) {
        Long code = subAccountType == null ? null : ACCOUNT_CODES.get(subAccountType);
        return code == null ? OptionalLong.empty() : OptionalLong.of(code);
    }

    /** What a row adds to its account: its amount when a credit ({@code CR}), minus it when a debit. */
    public static BigDecimal signedAmount(OffenderTransactionEntry row) {
        return "CR".equals(row.postingType()) ? row.amount() : row.amount().negate();
    }
}
