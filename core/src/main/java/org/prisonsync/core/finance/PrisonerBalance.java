package org.prisonsync.core.finance;

import java.util.List;

/** Every trust account of a prisoner, per prison, as NOMIS holds them ({@code PrisonerBalanceDto}). */
public record PrisonerBalance(long rootOffenderId, String prisonNumber, List<PrisonerAccount> accounts) {
    public PrisonerBalance {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** The balances by account code over every prison, as a reconciliation compares them. */
    public List<AccountBalance> aggregated() {
        return accounts.stream().map(a -> new AccountBalance(a.accountCode(), a.balance())).toList();
    }
}
