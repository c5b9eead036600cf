package org.prisonsync.core.finance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.finance.OffenderTransactionEntry;
import org.prisonsync.core.finance.PrisonerAccount;

/** The twin's balances come from its per-prisoner index of rows, which must follow every write and rewrite. */
class InMemoryFinanceNomisApiTest {
    private final InMemoryFinanceNomisApi nomis = new InMemoryFinanceNomisApi();

    private static OffenderTransactionEntry row(long transactionId, int sequence, long offenderId, String offenderNo,
                                                String amount) {
        return new OffenderTransactionEntry(transactionId, sequence, offenderId, offenderNo, 1L, "MDI",
                new BigDecimal(amount), "CANT", "CR", "Canteen", LocalDate.of(2026, 12, 1), null, "ref", "SPND",
                List.of(), LocalDateTime.of(2026, 12, 1, 10, 0), "CLERK1", "A Clerk", null, null, null);
    }

    private BigDecimal balance(long rootOffenderId) {
        return nomis.prisonerBalance(rootOffenderId).orElseThrow().accounts().stream()
                .map(PrisonerAccount::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void eachPrisonersBalanceFoldsOnlyItsOwnRowsAndARewriteReplacesTheRow() {
        nomis.write(row(10, 1, 501, "A1111AA", "5.00"));
        nomis.write(row(10, 2, 502, "B2222BB", "7.00"));
        nomis.write(row(11, 1, 501, "A1111AA", "1.50"));

        nomis.write(row(11, 1, 501, "A1111AA", "2.50"));   // the same row rewritten (a NOMIS update)

        assertThat(balance(501)).isEqualByComparingTo("7.50");
        assertThat(balance(502)).isEqualByComparingTo("7.00");
        assertThat(nomis.prisonerIdsWithBalance(0, 10)).containsExactly(501L, 502L);
    }

    @Test
    void aRowRewrittenUnderAnotherPrisonerLeavesTheFirstPrisonersBalance() {
        nomis.write(row(10, 1, 501, "A1111AA", "5.00"));

        nomis.write(row(10, 1, 502, "B2222BB", "5.00"));

        assertThat(balance(501)).isEqualByComparingTo("0");
        assertThat(balance(502)).isEqualByComparingTo("5.00");
        assertThat(nomis.prisonerIdsWithBalance(0, 10)).containsExactly(502L);
    }
}
