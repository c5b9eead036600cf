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
