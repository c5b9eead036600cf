package org.prisonsync.core.finance;

import java.util.List;

/**
 * NOMIS's balances of one prisoner for reconciliation ({@code PrisonerAggregatedAccountsDto}): one balance per
 * account code over every caseload, zero balances left out.
 */
public record PrisonerAccounts(long rootOffenderId, String prisonNumber, List<AccountBalance> accounts) {
    public PrisonerAccounts {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
