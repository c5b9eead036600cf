package org.prisonsync.core.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The finance ports' contract, for the in-memory twins and every adapter: a transaction NOMIS holds is read whole,
 * an unknown one is empty (never an error), and DPS creates a transaction once and then updates the same one.
 */
public abstract class FinanceApiContract {

    protected abstract FinanceNomisApi nomis();

    protected abstract FinanceDpsApi dps();

    /** NOMIS gains a transaction of {@code rows} prisoner rows (as a NOMIS user would make it): its id. */
    protected abstract long nomisTransaction(String offenderNo, int rows);

    /** NOMIS holds {@code balance} in a prisoner's account at a prison before any transaction there. */
    protected abstract void openNomisAccount(long rootOffenderId, String prisonNumber, String prisonId,
                                             long accountCode, String balance);

    @Test
    void aPrisonersBalancesAreSummedOverPrisonsByAccountAndOnlyNonZeroOnesArePaged() {
        long root = 7_000_000L + (System.nanoTime() & 0xffff) * 10;
        openNomisAccount(root, "G1234AA", "MDI", 2101, "10.00");
        openNomisAccount(root, "G1234AA", "LEI", 2101, "2.50");
        openNomisAccount(root, "G1234AA", "MDI", 2103, "100.00");
        openNomisAccount(root + 1, "G1234AB", "MDI", 2101, "0.00");
        openNomisAccount(root + 2, "G1234AC", "MDI", 2102, "-1.25");

        assertThat(nomis().prisonerAccounts(root)).hasValueSatisfying(held -> {
            assertThat(held.prisonNumber()).isEqualTo("G1234AA");
            assertThat(AccountBalance.byAccount(held.accounts())).containsOnlyKeys(2101L, 2103L);
            assertThat(AccountBalance.byAccount(held.accounts()).get(2101L)).isEqualByComparingTo("12.50");
        });
        assertThat(nomis().prisonerAccounts("G1234AC")).hasValueSatisfying(held ->
                assertThat(held.rootOffenderId()).isEqualTo(root + 2));
        assertThat(nomis().prisonerBalance(root)).hasValueSatisfying(held -> assertThat(held.accounts())
                .extracting(PrisonerAccount::prisonId, PrisonerAccount::accountCode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("MDI", 2101L),
                        org.assertj.core.groups.Tuple.tuple("LEI", 2101L),
                        org.assertj.core.groups.Tuple.tuple("MDI", 2103L)));
        assertThat(nomis().prisonerIdsWithBalance(root - 1, 10)).startsWith(root, root + 2)
                .doesNotContain(root + 1);
        assertThat(nomis().prisonerIdsWithBalance(root - 1, 1)).containsExactly(root);
        assertThat(nomis().prisonerAccounts(root + 9)).isEmpty();
        assertThat(nomis().prisonerAccounts("G9999ZZ")).isEmpty();
        assertThat(nomis().prisonerBalance(root + 9)).isEmpty();
    }

    @Test
    void dpsTakesAMigratedBalanceAndAddsOnlyTransactionsAfterItsLastOne() {
        String prisoner = "H" + (1000 + (System.nanoTime() & 0xfff) % 9000) + "BB";
        long later = 5_560_000L + (System.nanoTime() & 0xffff);
        assertThat(dps().prisonerBalances(prisoner)).isEmpty();

        dps().migratePrisonerBalance(new PrisonerBalance(1, prisoner, List.of(new PrisonerAccount("SWI", later - 1,
                LocalDateTime.of(2026, 3, 1, 9, 0), 2102, new BigDecimal("20.00"), BigDecimal.ZERO))));
        dps().syncOffenderTransaction(new OffenderTransactionSync(UUID.randomUUID(), later, "SWI",
                List.of(row(later, 1, prisoner, "1.50"))));
        dps().syncOffenderTransaction(new OffenderTransactionSync(UUID.randomUUID(), later - 1, "SWI",
                List.of(row(later - 1, 1, prisoner, "4.00"))));

        assertThat(dps().prisonerBalances(prisoner)).singleElement().satisfies(balance -> {
            assertThat(balance.accountCode()).isEqualTo(2102L);
            assertThat(balance.balance()).isEqualByComparingTo("18.50");
        });
    }

    @Test
    void aTransactionIsReadWholeInEntryOrderAndAnUnknownOneIsEmpty() {
        long id = nomisTransaction("A3864DZ", 3);

        List<OffenderTransactionEntry> rows = nomis().offenderTransaction(id);

        assertThat(rows).extracting(OffenderTransactionEntry::transactionEntrySequence).containsExactly(1, 2, 3);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.transactionId()).isEqualTo(id);
            assertThat(row.offenderNo()).isEqualTo("A3864DZ");
            assertThat(row.amount()).isPositive();
        });
        assertThat(nomis().offenderTransaction(987_654_321L)).isEmpty();
        assertThat(nomis().generalLedger(987_654_321L)).isEmpty();
    }

    @Test
    void transactionIdsArePagedByEntryDateFromAnIdUpwards() {
        long first = nomisTransaction("A3864DZ", 2);
        long second = nomisTransaction("A3864DZ", 1);
        LocalDate date = nomis().offenderTransaction(first).get(0).entryDate();

        assertThat(nomis().transactionIds(date, first, 10)).contains(first, second);
        assertThat(nomis().transactionIds(date, first + 1, 10)).doesNotContain(first).contains(second);
        assertThat(nomis().transactionIds(date, first, 1)).containsExactly(first);
        assertThat(nomis().transactionIds(date.minusYears(3), first, 10)).isEmpty();
    }

    @Test
    void dpsCreatesATransactionOnceThenUpdatesTheSameOne() {
        long id = 5_550_000L + (System.nanoTime() & 0xffff);
        OffenderTransactionSync first = sync(id, "1.00");

        SyncReceipt created = dps().syncOffenderTransaction(first);
        SyncReceipt updated = dps().syncOffenderTransaction(sync(id, "2.50"));

        assertThat(created.action()).isEqualTo(SyncReceipt.Action.CREATED);
        assertThat(updated.action()).isEqualTo(SyncReceipt.Action.UPDATED);
        assertThat(updated.synchronizedTransactionId()).isEqualTo(created.synchronizedTransactionId());
        assertThat(dps().find(created.synchronizedTransactionId())).hasValueSatisfying(held ->
                assertThat(held.offenderTransactions().get(0).amount()).isEqualByComparingTo("2.50"));
        assertThat(dps().find(UUID.randomUUID().toString())).isEmpty();
    }

    /** A prisoner row as NOMIS holds one. */
    protected static OffenderTransactionEntry row(long id, int entrySequence, String offenderNo, String amount) {
        return new OffenderTransactionEntry(id, entrySequence, 1234567L, offenderNo, 1234L, "SWI",
                new BigDecimal(amount), "CANT", "DR", "Canteen", LocalDate.of(2026, 3, 2), null, "ref", "SPND",
                List.of(), LocalDateTime.of(2026, 3, 2, 10, 0), "CLERK1", "A Clerk", null, null, null);
    }

    private static OffenderTransactionSync sync(long id, String amount) {
        OffenderTransactionEntry row = new OffenderTransactionEntry(id, 1, 1234567L, "A3864DZ", 1234L, "SWI",
                new BigDecimal(amount), "CANT", "DR", "Canteen", LocalDate.of(2026, 3, 2), null, "ref", "SPND",
                List.of(new GeneralLedgerEntry(id, 1, 1, "SWI", new BigDecimal(amount), "CANT", "DR", 2101, "Canteen",
                        LocalDateTime.of(2026, 3, 2, 10, 0), null, LocalDateTime.of(2026, 3, 2, 10, 0), "CLERK1",
                        "A Clerk", null, null, null)),
                LocalDateTime.of(2026, 3, 2, 10, 0), "CLERK1", "A Clerk", null, null, null);
        return new OffenderTransactionSync(UUID.randomUUID(), id, "SWI", List.of(row));
    }
}
