package org.prisonsync.core.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A prisoner's balance of one trust account code (2101 cash, 2102 spends, 2103 savings) over every caseload, as
 * NOMIS's reconciliation read ({@code AggregatedAccountDto}) and DPS's report it.
 */
public record AccountBalance(long accountCode, BigDecimal balance) {
    public AccountBalance {
        Objects.requireNonNull(balance, "balance");
    }

    /**
     * Balances by account code, summed, zero balances left out (NOMIS does not return them, so a zero on one side
     * and nothing on the other agree).
     */
    public static SortedMap<Long, BigDecimal> byAccount(List<AccountBalance> balances) {
        SortedMap<Long, BigDecimal> sums = new TreeMap<>();
        balances.forEach(b -> sums.merge(b.accountCode(), b.balance(), BigDecimal::add));
        sums.values().removeIf(v -> v.signum() == 0);
        return sums;
    }

    /** {@code 2101=12.50,2102=-3.00}, for a report; "none" when every balance is zero. */
    public static String describe(Map<Long, BigDecimal> byAccount) {
        return byAccount.isEmpty() ? "none" : byAccount.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
                .collect(Collectors.joining(","));
    }
}
